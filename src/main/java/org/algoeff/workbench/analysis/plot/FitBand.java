// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/**
 * Samples a {@link TrendFit} into a {@link FitLine} with the pointwise 95% confidence band of the fitted mean,
 * computed in log2 space: yhat(x) +- t(0.975, n-2) * s * sqrt(1/n + (x - xbar)^2 / Sxx) (ordinary least squares).
 */
public final class FitBand {
    private static final int SAMPLES = 64;

    private FitBand() {
    }

    /** The fit sampled over its own date window in the fit colour; no band with fewer than three points. */
    public static FitLine sample(TrendFit fit, String name) {
        return sample(fit, name, FitLine.FIT_COLOR);
    }

    /** The same, drawn in series colour {@code colorIndex} (one line per group). */
    public static FitLine sample(TrendFit fit, String name, int colorIndex) {
        List<TrendPoint> pts = fit.points();
        int n = pts.size();
        double xbar = pts.stream().mapToDouble(TrendPoint::decimalYear).average().orElse(0);
        double sxx = 0;
        double sse = 0;
        for (TrendPoint p : pts) {
            double dx = p.decimalYear() - xbar;
            sxx += dx * dx;
            double res = log2(p.value()) - (fit.interceptLog2() + fit.slopeLog2PerYear() * p.decimalYear());
            sse += res * res;
        }
        boolean band = n >= 3 && sxx > 0;
        double s = band ? Math.sqrt(sse / (n - 2)) : 0;
        double t = band ? tQuantile975(n - 2) : 0;
        double x0 = pts.isEmpty() ? 0 : pts.get(0).decimalYear();
        double x1 = pts.isEmpty() ? 0 : pts.get(n - 1).decimalYear();
        List<PlotPoint> line = new ArrayList<>();
        List<PlotPoint> low = new ArrayList<>();
        List<PlotPoint> high = new ArrayList<>();
        for (int i = 0; i < SAMPLES && n > 0; i++) {
            double x = x0 + (x1 - x0) * i / (SAMPLES - 1);
            double yhat = fit.interceptLog2() + fit.slopeLog2PerYear() * x;
            line.add(new PlotPoint(x, Math.pow(2, yhat)));
            if (band) {
                double half = t * s * Math.sqrt(1.0 / n + (x - xbar) * (x - xbar) / sxx);
                low.add(new PlotPoint(x, Math.pow(2, yhat - half)));
                high.add(new PlotPoint(x, Math.pow(2, yhat + half)));
            }
        }
        return new FitLine(name, line, low, high, colorIndex);
    }

    /**
     * 97.5% quantile of Student's t with {@code df} degrees of freedom: exact for df 1 and 2, otherwise the
     * Cornish-Fisher expansion around the normal quantile (error below 0.002 for df >= 3).
     */
    static double tQuantile975(int df) {
        if (df <= 1) {
            return 12.706204736;
        }
        if (df == 2) {
            return 4.302652730;
        }
        double z = 1.959963985;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384.0 * df * df * df);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}

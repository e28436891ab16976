// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.SampleData;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.rerun.LadderTrend;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The ladder's halving time next to Hernandez &amp; Brown's, each with its interval: HB20 state no interval for their
 * 16 months, so theirs is refitted here from the shipped HB20 data as they drew it (frontier, log-linear, 1,000
 * bootstrap resamples). Without the shipped data there is no comparison line at all.
 */
final class Hb20Comparison {
    private static final int RESAMPLES = 1000;

    private Hb20Comparison() {
    }

    /** "compare Hernandez & Brown 2020 (refitted...): halves every 15.7 months (95% bootstrap ...)" or empty. */
    static Optional<String> line(LadderTrend ours) {
        Optional<Path> file = SampleData.file(SampleData.HB20_ALEXNET);
        if (file.isEmpty() || Double.isNaN(ours.low()) || Double.isNaN(ours.high())) {
            return Optional.empty();
        }
        try {
            TrendDataset data = new TrendCsvReader(ToolVersion.current())
                    .read(file.get(), ColumnChoice.DETECT, CancellationToken.NEVER).value();
            if (data == null || data.points().size() < 2) {
                return Optional.empty();
            }
            TrendFit hb = new TrendFitter(ToolVersion.current()).fit(data, FitOptions.DEFAULT
                    .withFrontierOnly(true).withBootstrap(RESAMPLES, FitOptions.DEFAULT_SEED), ProgressSink.NONE,
                    CancellationToken.NEVER);
            Interval ci = hb.bootstrapCi95Months();
            return Optional.of(String.format(Locale.ROOT, "compare: this ladder halves every %.1f months (95%% %s-%s); "
                    + "Hernandez & Brown 2020's AlexNet-level frontier, refitted from the shipped data, every %.1f "
                    + "months (95%% bootstrap %s-%s; HB20 state 16 months without an interval)", ours.months(),
                    months(ours.low()), months(ours.high()), hb.months(), months(ci.low()), months(ci.high())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String months(double m) {
        return Double.isFinite(m) ? String.format(Locale.ROOT, "%.1f", m) : "no decline";
    }
}

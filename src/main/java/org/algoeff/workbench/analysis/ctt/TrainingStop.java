// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;

/**
 * Whether a run's curve ends because its training stopped on reaching a target (the workbench's reruns stop at the
 * first evaluation at or above their target test accuracy): then a harder target it did not reach cannot be
 * measured from it, rather than being "not reached". The log says which series and value stopped it
 * ({@link Run#KEY_STOP_SERIES}, {@link Run#KEY_STOP_TARGET}); the curve must also end at its first crossing of that
 * value, so a run that trained on past its target (a full curve) is measured as usual. A full curve whose first
 * crossing happens to be its last point reads as stopped: the conservative side.
 *
 * @param series    the tag of the series that stopped the training
 * @param target    the value at which it stopped
 * @param lastValue the series' last logged value (the best it is known to reach)
 */
public record TrainingStop(String series, double target, double lastValue) {
    private static final String REMEDY = "a run trained past its target (full curve) can be measured";

    /** The stop of {@code run}'s training, when the log records one and its {@code metric} curve ends there. */
    public static Optional<TrainingStop> of(Run run, String metric) {
        String series = run.metadata().get(Run.KEY_STOP_SERIES);
        String value = run.metadata().get(Run.KEY_STOP_TARGET);
        if (series == null || value == null || !series.equals(metric)) {
            return Optional.empty();
        }
        double target;
        try {
            target = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<MetricSeries> curve = run.series(metric);
        if (curve.isEmpty() || !Double.isFinite(target)) {
            return Optional.empty();
        }
        double[] y = curve.get().copyValues();
        CurveCrossing first = CurveCrossing.first(y, target, TargetDirection.HIGHER_IS_BETTER, CancellationToken.NEVER);
        int last = y.length - 1;
        while (last >= 0 && Double.isNaN(y[last])) {
            last--;
        }
        return first.reached() && first.index() == last ? Optional.of(new TrainingStop(metric, target, y[last]))
                : Optional.empty();
    }

    /** Why a target this run did not reach cannot be measured from it. */
    public String reason(double asked) {
        return "cannot be measured at " + asked + ": training stopped when " + series + " first reached " + target
                + " (curve ends at " + fourDigits(lastValue) + "); " + REMEDY;
    }

    /**
     * The same for every run that stopped at this target, without this run's own last value, so that runs left out
     * for one reason can share one note.
     */
    public String sharedReason(double asked) {
        return "cannot be measured at " + asked + ": training stopped when " + series + " first reached " + target
                + "; " + REMEDY;
    }

    private static String fourDigits(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString()
                : Double.toString(v);
    }
}

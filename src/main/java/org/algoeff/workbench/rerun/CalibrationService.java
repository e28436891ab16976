// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.JobFailed;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Sets a data set's default target: trains the oldest recipe to convergence (its request's stop rule, normally
 * {@link StopRule#CONVERGED}, within its budget) over several seeds and stores the level every seed reached on the
 * validation split ({@link Calibration}, version 2) as {@code calibration.json} in the data folder.
 */
public final class CalibrationService {
    private final RerunService reruns;

    public CalibrationService(RerunService reruns) {
        this.reruns = reruns;
    }

    /**
     * Calibrates with {@code request} (its target is ignored: training runs to the stop rule or the budget) over
     * {@code seeds} seeds and writes the result to {@code out}.
     */
    public Calibration calibrate(RerunRequest request, int seeds, Path out, ProgressSink progress,
            RerunListener listener, CancellationToken cancel) {
        RerunRequest full = request.withTarget(Double.POSITIVE_INFINITY);
        List<RerunResult> results = reruns.rerunSeeds(full, seeds, progress, listener, cancel);
        List<Double> best = results.stream().map(RerunResult::bestAccuracy).toList();
        List<Double> test = new ArrayList<>();
        for (RerunResult r : results) {
            EvalPoint at = r.curve().stream().max(java.util.Comparator.comparingDouble(EvalPoint::targetAccuracy))
                    .orElseThrow();
            test.add(at.testAccuracy());
        }
        SeedStatistics.Interval interval = SeedStatistics.meanInterval(best.stream().mapToDouble(d -> d).toArray());
        RerunResult first = results.get(0);
        try {
            Calibration c = new Calibration(Calibration.FORMAT, Calibration.VERSION,
                    DatasetFingerprint.of(request.dataDir()), request.recipe().id(), request.effectiveEpochs(),
                    results.stream().map(RerunResult::seed).toList(), best, Calibration.level(best),
                    request.validationDigits() > 0 ? Calibration.RULE : Calibration.RULE.replace("validation", "test"),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine(first),
                    first.trainExamples(), first.testExamples(), request.validationDigits(), request.stop().describe(),
                    SeedStatistics.median(best.stream().mapToDouble(d -> d).toArray()),
                    List.of(interval.low(), interval.high()), test);
            c.write(out);
            return c;
        } catch (IOException e) {
            throw new JobFailed(out + ": cannot write the calibration (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, String> machine(RerunResult first) {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("arch", System.getProperty("os.arch"));
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("java", System.getProperty("java.version"));
        machine.put("backend", first.backend().describe());
        return machine;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.JobFailed;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Sets a data set's default target: trains the oldest recipe for its full budget over several seeds and stores the
 * level every seed reached ({@link Calibration}) as {@code calibration.json} in the data folder.
 */
public final class CalibrationService {
    private final RerunService reruns;

    public CalibrationService(RerunService reruns) {
        this.reruns = reruns;
    }

    /**
     * Calibrates with {@code request} (its target is ignored: the whole budget is trained) over {@code seeds} seeds
     * and writes the result to {@code out}.
     */
    public Calibration calibrate(RerunRequest request, int seeds, Path out, ProgressSink progress,
            RerunListener listener, CancellationToken cancel) {
        RerunRequest full = request.withTarget(Double.POSITIVE_INFINITY);
        List<RerunResult> results = reruns.rerunSeeds(full, seeds, progress, listener, cancel);
        List<Double> best = results.stream().map(RerunResult::bestAccuracy).toList();
        RerunResult first = results.get(0);
        try {
            Map<String, String> machine = new LinkedHashMap<>();
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            machine.put("arch", System.getProperty("os.arch"));
            machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
            machine.put("java", System.getProperty("java.version"));
            machine.put("backend", first.backend().describe());
            Calibration c = new Calibration(Calibration.FORMAT, 1, DatasetFingerprint.of(request.dataDir()),
                    request.recipe().id(), request.effectiveEpochs(),
                    results.stream().map(RerunResult::seed).toList(), best, Calibration.level(best), Calibration.RULE,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine,
                    first.trainExamples(), first.testExamples());
            c.write(out);
            return c;
        } catch (IOException e) {
            throw new JobFailed(out + ": cannot write the calibration (" + e.getMessage() + ")", e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.io.idx.ImageDatasetReader;
import org.algoeff.workbench.io.jsonl.RerunLogSchema;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.rerun.TrainingEngine.TrainingSession;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.JobFailed;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Retrains a recipe to a target accuracy and counts the compute it took (synchronous; call it from a worker thread).
 * The numerical engine is found with {@link ServiceLoader} on the first rerun, so nothing native loads before then.
 * One instance may be reused; reruns run one at a time.
 */
public final class RerunService {
    private final Supplier<TrainingEngine> engineSupplier;
    private final EvaluationSchedule schedule;
    private TrainingEngine engine;

    /** Uses the engine on the class path ({@code rerun.dl4j}), loaded on the first rerun. */
    public RerunService() {
        this(RerunService::loadEngine, EvaluationSchedule.DEFAULT);
    }

    public RerunService(Supplier<TrainingEngine> engineSupplier, EvaluationSchedule schedule) {
        this.engineSupplier = engineSupplier;
        this.schedule = schedule;
    }

    private static TrainingEngine loadEngine() {
        return ServiceLoader.load(TrainingEngine.class, RerunService.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new JobFailed("no training engine on the class path (the DL4J backend is missing)"));
    }

    private synchronized TrainingEngine engine() {
        if (engine == null) {
            engine = engineSupplier.get();
        }
        return engine;
    }

    /** Runs {@code seeds} reruns with seeds {@code request.seed()}, +1, ...; each writes its own log. */
    public List<RerunResult> rerunSeeds(RerunRequest request, int seeds, ProgressSink progress, RerunListener listener,
            CancellationToken cancel) {
        if (seeds <= 0) {
            throw new IllegalArgumentException("seeds must be positive: " + seeds);
        }
        RerunRequest resolved = request.withTarget(resolveTarget(request));
        ImageDataset data = loadData(request);
        List<RerunResult> results = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            long seed = request.seed() + i;
            Path log = seeds == 1 ? request.logFile() : withSuffix(request.logFile(), "-seed" + seed);
            results.add(run(resolved.withSeed(seed, log), data, progress, listener, cancel));
        }
        return results;
    }

    /** Runs one rerun. */
    public RerunResult rerun(RerunRequest request, ProgressSink progress, RerunListener listener,
            CancellationToken cancel) {
        return rerunSeeds(request, 1, progress, listener, cancel).get(0);
    }

    /** The request's target, or the calibrated default of its data set when the request leaves it open (NaN). */
    public double resolveTarget(RerunRequest request) {
        if (!Double.isNaN(request.target())) {
            return request.target();
        }
        Path file = request.dataDir().resolve(Calibration.FILE_NAME);
        String fix = "run `algoeff calibrate --data " + request.dataDir() + "` or give --target";
        if (!Files.isRegularFile(file)) {
            throw new JobFailed(file + ": no calibrated default target for this data set; " + fix);
        }
        try {
            Calibration c = Calibration.read(file);
            if (!c.datasetSha256().equals(DatasetFingerprint.of(request.dataDir()))) {
                throw new JobFailed(file + ": calibrated on other files than those now in " + request.dataDir() + "; " + fix);
            }
            if (c.validationExamples() != request.validationDigits()) {
                throw new JobFailed(String.format(java.util.Locale.ROOT, "%s: its target was read on the %s split "
                        + "(%d validation digits) but this rerun has %d validation digits; %s (with --validation %d)",
                        file, c.split(), c.validationExamples(), request.validationDigits(), fix,
                        request.validationDigits()));
            }
            return c.target();
        } catch (IOException e) {
            throw new JobFailed(e.getMessage(), e);
        }
    }

    private static ImageDataset loadData(RerunRequest request) {
        try {
            ParseResult<Optional<ImageDataset>> r = new ImageDatasetReader().read(request.dataDir());
            if (r.value().isEmpty()) {
                throw new JobFailed(r.problems().stream().map(Problem::describe).collect(Collectors.joining("; ")));
            }
            return r.value().get().limit(request.trainLimit(), request.testLimit())
                    .withValidation(request.validationDigits());
        } catch (IllegalArgumentException e) {
            throw new JobFailed(e.getMessage(), e);
        } catch (IOException e) {
            throw new JobFailed(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private RerunResult run(RerunRequest request, ImageDataset data, ProgressSink progress, RerunListener listener,
            CancellationToken cancel) {
        cancel.throwIfCancelled();
        long started = System.nanoTime();
        Recipe recipe = request.recipe();
        try (TrainingSession session = engine().open(recipe, data, request.seed(), request.backend(),
                request.threads());
                RerunLogWriter log = request.logFile() == null ? null
                        : new RerunLogWriter(request.logFile(), header(request, data, session.backend()))) {
            listener.started(recipe, request.seed(), session.backend());
            TrainingLoop loop = new TrainingLoop(request, session, schedule);
            int splitDigits = data.validation().count() > 0 ? data.validation().count() : data.test().count();
            loop.run(data.train().count(), splitDigits, p -> {
                if (log != null) {
                    log.write(p);
                }
                listener.evaluated(recipe, request.seed(), p);
            }, progress, cancel);
            return result(request, session, loop, data.train().count(), (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new JobFailed(request.logFile() + ": cannot write the rerun log (" + e.getMessage() + ")", e);
        }
    }

    private static RerunResult result(RerunRequest request, TrainingSession session, TrainingLoop loop, int trainCount,
            double seconds) {
        Recipe recipe = request.recipe();
        long forward = recipe.forwardFlopsPerExample();
        List<EvalPoint> curve = loop.curve();
        OptionalDouble ctt = EvalCurve.computeToTarget(curve, request.target());
        double best = curve.stream().mapToDouble(EvalPoint::targetAccuracy).max().orElse(Double.NaN);
        long evalFlops = Flops.evaluation(forward, (long) session.testExamples() * curve.size());
        return new RerunResult(recipe.id(), recipe.year(), request.seed(), session.backend(), loop.examples(), forward,
                Flops.training(forward, loop.examples()), evalFlops, trainCount, session.testExamples(), request.target(), ctt.isPresent(),
                ctt.orElse(Double.NaN), curve.get(curve.size() - 1).testAccuracy(), best, seconds,
                loop.trainingSeconds(), curve, request.logFile() == null ? "" : request.logFile().toString(),
                request.stop());
    }

    private static Map<String, Object> header(RerunRequest request, ImageDataset data, BackendInfo backend) {
        Recipe recipe = request.recipe();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put(RerunLogSchema.HEADER_RECIPE, recipe.id());
        h.put(RerunLogSchema.HEADER_YEAR, recipe.year());
        h.put(RerunLogSchema.HEADER_SEED, request.seed());
        h.put("backend", backend.used().id());
        h.put("device", backend.describe());
        h.put("forward_flops_per_example", recipe.forwardFlopsPerExample());
        h.put("parameters", recipe.parameters());
        // "target" is the target the training stopped at (readers treat harder targets as unmeasured); a full curve
        // has none, and the target it was run for is "reported_target"
        boolean stops = request.stop().atTarget() && Double.isFinite(request.target());
        h.put(RerunLogSchema.HEADER_TARGET, stops ? request.target() : null);
        h.put("reported_target", Double.isFinite(request.target()) ? request.target() : null);
        h.put(RerunLogSchema.HEADER_STOP_SERIES, data.validation().count() > 0 ? RerunLogSchema.VALIDATION_ACCURACY
                : RerunLogSchema.TEST_ACCURACY);
        h.put("stop_rule", request.stop().describe());
        h.put("validation_examples", data.validation().count());
        h.put("batch_size", recipe.training().batchSize());
        h.put("max_epochs", request.effectiveEpochs());
        h.put("budget_epochs", request.budgetEpochs());
        h.put("train_examples", data.train().count());
        h.put("test_examples", data.test().count());
        h.put("dataset", data.dir().toString());
        h.put("flop_convention", "2 FLOPs per multiply-add; training = 3 x forward per example; evaluation not counted");
        h.put("reference", recipe.reference());
        return h;
    }

    static Path withSuffix(Path file, String suffix) {
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String newName = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(newName);
    }
}

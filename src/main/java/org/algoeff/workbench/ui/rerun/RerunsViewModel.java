// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunLadder;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.StopRule;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.sensitivity.SensitivityViewModel;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.TaskHandle;
import org.algoeff.workbench.ui.task.TaskRunner;

/**
 * The Reruns panel's state: recipes, target, seeds and limits; runs the reruns on the serial runner (ND4J loads
 * only then, inside {@link RerunService}), shows progress, the live curves, the backend, and hands the results to
 * the trend chart as a data set. FX thread only; no Nodes.
 */
public final class RerunsViewModel {
    /** Quiet time before the halving-vs-target panel recomputes after its targets are edited. */
    private static final double SENSITIVITY_DEBOUNCE_MILLIS = 250;
    /** Targets the panel starts with after the first batch: around the calibrated mlp-1986 level. */
    static final String DEFAULT_TARGETS = "0.90:0.96:0.01";
    /** The live curves are refreshed at most this often. */
    private static final Duration FEED_INTERVAL = Duration.millis(100);
    private final TaskRunner runner;
    private final Path dataDir;
    private final BiConsumer<Path, TrendDataset> publish;
    private final RerunBatch batchRunner;
    private final ObservableList<RecipeChoice> recipes = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper targetProvenance = new ReadOnlyStringWrapper("");
    private final IntegerProperty seeds = new SimpleIntegerProperty(5); // enough for a median and its interval
    private final IntegerProperty maxEpochs = new SimpleIntegerProperty(0);
    private final IntegerProperty trainLimit = new SimpleIntegerProperty(0);
    private final IntegerProperty testLimit = new SimpleIntegerProperty(0);
    // Full curves by default: the ladder is still read at the target, and the halving-vs-target panel can then
    // measure targets above it, which runs stopped at the target cannot give.
    private final BooleanProperty fullCurve = new SimpleBooleanProperty(true);
    private final ObjectProperty<Backend> backend = new SimpleObjectProperty<>(Backend.CPU);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("idle");
    private final ReadOnlyStringWrapper backendLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper backendWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Curve>> liveCurves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notReached = FXCollections.observableArrayList();
    private final ObservableList<String> notReachedView = FXCollections.unmodifiableObservableList(notReached);
    private final ReadOnlyObjectWrapper<RerunLadder.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final AtomicReference<CancellationToken> activeToken = new AtomicReference<>();
    private final SensitivityViewModel sensitivity;
    private TaskHandle current;
    private Timeline feedTimer;
    private LiveFeed feed;

    /**
     * @param runner  runs one job at a time (reruns must not overlap)
     * @param dataDir the MNIST-style folder the reruns train on; its calibration.json gives the default target
     * @param results where each batch's results are saved as a trend CSV, or null to keep them in memory only
     * @param publish receives the results for the trend chart: the saved file (or a path named after the data set
     *                when not saved) and the data set
     */
    public RerunsViewModel(TaskRunner runner, RerunService service, TrendFitter fitter, Path dataDir,
                           RerunResultsFolder results, BiConsumer<Path, TrendDataset> publish) {
        this(runner, service, fitter, dataDir, results, publish,
                new SensitivityViewModel(fitter, new LatestWins(runner, SENSITIVITY_DEBOUNCE_MILLIS)));
    }

    /** @param sensitivity the "halving time vs target" panel over each finished batch */
    public RerunsViewModel(TaskRunner runner, RerunService service, TrendFitter fitter, Path dataDir,
                           RerunResultsFolder results, BiConsumer<Path, TrendDataset> publish,
                           SensitivityViewModel sensitivity) {
        this.sensitivity = sensitivity;
        sensitivity.setSource(null, "run a batch: its curves are read at each target");
        this.runner = runner;
        this.dataDir = dataDir;
        this.batchRunner = new RerunBatch(service, fitter, results);
        this.publish = publish;
        for (Recipe r : Recipes.all()) {
            recipes.add(new RecipeChoice(r, true));
        }
        // Read in the background: the window's first frame should not wait for a file or for Jackson's set-up.
        runner.run("Reading the calibrated target", (progress, cancel) -> CalibratedTarget.of(dataDir), calibrated -> {
            if (target.get().isEmpty()) {
                target.set(calibrated.text());
            }
            targetProvenance.set(calibrated.provenance());
        }, failure -> targetProvenance.set("no calibrated target: " + failure.getMessage()));
    }

    /** Starts the picked reruns in the background; does nothing while reruns run. */
    public void start() {
        FxThread.assertFxThread();
        if (running.get()) {
            return;
        }
        List<Recipe> picked = recipes.stream().filter(c -> c.selected().get()).map(RecipeChoice::recipe).toList();
        double acc = parseTarget(target.get());
        if (picked.isEmpty() || Double.isNaN(acc) || seeds.get() < 1) {
            status.set(picked.isEmpty() ? "pick at least one recipe" : seeds.get() < 1 ? "seeds must be at least 1"
                    : "target must be an accuracy such as 0.945 or 94.5 (%)");
            return;
        }
        List<RerunRequest> requests = new ArrayList<>();
        for (Recipe r : picked) {
            int train = Math.max(0, trainLimit.get());
            requests.add(new RerunRequest(r, dataDir, acc, Math.max(0, maxEpochs.get()), 1, backend.get(),
                    train, Math.max(0, testLimit.get()), 1, null, RerunRequest.defaultValidation(train),
                    fullCurve.get() ? StopRule.CONVERGED : StopRule.TARGET));
        }
        resetOutputs();
        feed = new LiveFeed();
        LiveFeed mine = feed;
        int n = seeds.get();
        running.set(true);
        status.set("starting " + picked.size() + " recipe(s) x " + n + " seed(s) on " + backend.get().id());
        startFeedTimer();
        TaskHandle handle = runner.run("Reruns", (sink, cancel) -> {
            activeToken.set(cancel);
            return batchRunner.run(requests, n, mine, sink, cancel);
        },
                this::succeeded, this::failed);
        if (handle.cancelledProperty().get()) {
            cancelled();
        } else if (handle.runningProperty().get()) {
            current = handle;
            progress.bind(handle.progressProperty());
            status.bind(handle.messageProperty());
            handle.cancelledProperty().addListener((obs, was, now) -> {
                if (now) {
                    cancelled();
                }
            });
        }
    }

    /** Stops the reruns before their next minibatch; nothing they measured is added. */
    public void cancel() {
        FxThread.assertFxThread();
        // The handle covers a job not yet started on its thread; the token one that runs on this thread (tests).
        if (current != null) {
            current.cancel();
        }
        CancellationToken token = activeToken.get();
        if (token != null) {
            token.cancel();
        }
    }

    private void succeeded(RerunBatch.Finished finished) {
        RerunLadder.Outcome result = finished.outcome();
        finish();
        outcome.set(result);
        if (sensitivity.targetsTextProperty().get().isBlank()) {
            sensitivity.targetsTextProperty().set(DEFAULT_TARGETS);
        }
        sensitivity.setSource(new BatchAtTargets(finished.batch(), result.dataset().name()), "");
        notReached.setAll(result.notReached());
        readout.set(result.readout());
        if (!result.dataset().points().isEmpty()) {
            publish.accept(finished.source(), result.dataset());
        }
        progress.set(1);
        status.set(String.format(Locale.ROOT, "done: %d recipe(s), %d on the trend chart as \"%s\"",
                result.summaries().size(), result.dataset().points().size(), result.dataset().name()));
    }

    private void failed(Throwable failure) {
        finish();
        status.set("rerun failed: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
    }

    private void cancelled() {
        finish();
        progress.set(0);
        status.set("cancelled");
    }

    private void finish() {
        if (feedTimer != null) {
            feedTimer.stop();
        }
        drainFeed();
        activeToken.set(null);
        current = null;
        progress.unbind();
        status.unbind();
        running.set(false);
    }

    private void startFeedTimer() {
        if (feedTimer == null) {
            feedTimer = new Timeline(new KeyFrame(FEED_INTERVAL, e -> drainFeed()));
            feedTimer.setCycleCount(Animation.INDEFINITE);
        }
        feedTimer.playFromStart();
    }

    /** Applies the queued rerun events: backend line, fallback warning, live curves. */
    private void drainFeed() {
        if (feed == null || !feed.drain()) {
            return;
        }
        BackendInfo b = feed.backend();
        if (b != null) {
            backendLine.set(RerunLadder.describeBackend(b));
            backendWarning.set(b.message());
        }
        liveCurves.set(feed.curves());
    }

    private void resetOutputs() {
        readout.set("");
        notReached.clear();
        outcome.set(null);
        liveCurves.set(List.of());
        backendWarning.set("");
    }

    /** Accepts 0.945 or 94.5 (percent); NaN when not an accuracy. */
    static double parseTarget(String text) {
        return CalibratedTarget.parse(text);
    }

    /** The "halving time vs target" panel over the last finished batch. */
    public SensitivityViewModel sensitivity() {
        return sensitivity;
    }

    public ObservableList<RecipeChoice> recipes() {
        return recipes;
    }

    /** Target accuracy (on the validation split) as typed (0.945 or 94.5). */
    public StringProperty targetProperty() {
        return target;
    }

    /** Where the default target comes from (the calibration file). */
    public ReadOnlyStringProperty targetProvenanceProperty() {
        return targetProvenance.getReadOnlyProperty();
    }

    public IntegerProperty seedsProperty() {
        return seeds;
    }

    /** Train each rerun past the target until converged or its budget ends (on, the default) or stop it at the target (off, as the CLI's default). */
    public BooleanProperty fullCurveProperty() {
        return fullCurve;
    }

    /** Epoch budget; 0 = each recipe's own. */
    public IntegerProperty maxEpochsProperty() {
        return maxEpochs;
    }

    /** Use only the first N training digits; 0 = all. */
    public IntegerProperty trainLimitProperty() {
        return trainLimit;
    }

    /** Use only the first N test digits; 0 = all. */
    public IntegerProperty testLimitProperty() {
        return testLimit;
    }

    public ObjectProperty<Backend> backendProperty() {
        return backend;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Over all recipes and seeds, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "idle", the current rerun's progress line, "done: ...", "cancelled" or "rerun failed: ...". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The backend and device in use, once the first rerun started. */
    public ReadOnlyStringProperty backendLineProperty() {
        return backendLine.getReadOnlyProperty();
    }

    /** Why the backend differs from the one asked for (CUDA not usable); empty when it does not. */
    public ReadOnlyStringProperty backendWarningProperty() {
        return backendWarning.getReadOnlyProperty();
    }

    /** Test accuracy against training FLOPs, one curve per recipe and seed, refreshed at most ten times a second. */
    public ReadOnlyObjectProperty<List<Curve>> liveCurvesProperty() {
        return liveCurves.getReadOnlyProperty();
    }

    /** "your machine: halves every N months (95% CI ...)". */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Recipes that did not reach the target (not plotted). */
    public ObservableList<String> notReached() {
        return notReachedView;
    }

    /** The last completed batch, or null. */
    public ReadOnlyObjectProperty<RerunLadder.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SeriesBuilder;

/**
 * Runs test code on the JavaFX thread (Monocle headless, see surefire's argLine) and waits for background work;
 * ViewModel tests call their mutators through {@link #onFx} because the mutators assert the FX thread.
 */
public final class FxTestSupport {
    private static final long TIMEOUT_SECONDS = 30;
    private static volatile boolean started;

    private FxTestSupport() {
    }

    /** Starts the toolkit once per JVM (no-op when TestFX already did). */
    public static synchronized void startFx() {
        if (started) {
            return;
        }
        try {
            // Start the toolkit the way TestFX does, so later TestFX robot tests find it in the state they expect.
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** A task that may throw. */
    @FunctionalInterface
    public interface FxCall<T> {
        T call() throws Exception;
    }

    /** Runs {@code call} on the FX thread and returns its result; exceptions are rethrown here. */
    public static <T> T onFx(FxCall<T> call) throws Exception {
        startFx();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    public static void onFx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until true; fails after a timeout. */
    public static void waitFor(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A synthetic run: loss decaying as 2/(1+step/200) with a little deterministic noise, plus accuracy. */
    public static Run syntheticRun(String name, int points, double totalFlops) {
        SeriesBuilder loss = new SeriesBuilder("train/loss", points);
        SeriesBuilder acc = new SeriesBuilder("eval/accuracy", points);
        for (int i = 0; i < points; i++) {
            double noise = 0.05 * Math.sin(i * 0.37 + name.length());
            loss.add(i + 1, 2.0 / (1 + i / 200.0) + noise, 1_600_000_000.0 + i * 0.5);
            acc.add(i + 1, 1 - 1.0 / (1 + i / 300.0), 1_600_000_000.0 + i * 0.5);
        }
        List<MetricSeries> series = List.of(loss.build(), acc.build());
        return new Run(name, "synthetic", "/synthetic/" + name, series,
                java.util.Map.of(Run.KEY_TOTAL_FLOPS, Double.toString(totalFlops)));
    }

    /** A run logged from step 0 (TensorBoard, Keras and Lightning logs start there): "loss" and "accuracy". */
    public static Run runFromStepZero(String name, int points) {
        SeriesBuilder loss = new SeriesBuilder("loss", points);
        SeriesBuilder acc = new SeriesBuilder("accuracy", points);
        for (int i = 0; i < points; i++) {
            loss.add(i, 3.0 / (1 + i / 100.0) + 0.1 * Math.sin(i * 0.91), 1_600_000_000.0 + i);
            acc.add(i, 1 - 1.0 / (1 + i / 150.0), 1_600_000_000.0 + i);
        }
        return new Run(name, "synthetic", "/synthetic/" + name, List.of(loss.build(), acc.build()),
                java.util.Map.of(Run.KEY_TOTAL_FLOPS, "1e15"));
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

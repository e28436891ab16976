// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.Job;

/**
 * The only place in the UI that creates threads: runs {@link Job}s as {@link Task}s on a bounded pool of daemon
 * threads, maps {@code ProgressSink} to the task's progress (coalesced: at most one pending FX update) and
 * {@code Task.cancel()} to the job's {@link CancellationToken}. A {@link CancellationException} from the job means
 * "cancelled", never an error. Results and failures arrive on the FX thread.
 */
public final class BackgroundRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRunner.class);
    private final ExecutorService pool;
    /** One thread for reruns: ND4J trains one network at a time, and its workspaces are per thread. */
    private final ExecutorService serialPool;
    private final TaskRunner serial;

    /**
     * A pool of {@code threads} daemon threads named "algoeff-worker-N", and one more, "algoeff-serial", started
     * on the first {@link #serial()} job.
     */
    public BackgroundRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "algoeff-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
        serialPool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "algoeff-serial");
            t.setDaemon(true);
            return t;
        });
        serial = new TaskRunner() {
            @Override
            public <T> TaskHandle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                return submit(serialPool, title, job, onSuccess, onFailure);
            }
        };
    }

    /** Runs jobs one at a time, in submission order, on a thread of their own (reruns). */
    @Override
    public TaskRunner serial() {
        return serial;
    }

    @Override
    public <T> TaskHandle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(pool, title, job, onSuccess, onFailure);
    }

    private <T> TaskHandle submit(ExecutorService executor, String title, Job<T> job, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        TaskHandle handle = new TaskHandle(title, token);
        AtomicReference<double[]> pendingFraction = new AtomicReference<>();
        AtomicReference<String> pendingMessage = new AtomicReference<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((fraction, message) -> {
                    // Coalesce: a job may report per record; only the latest value reaches the FX thread.
                    pendingMessage.set(message);
                    if (pendingFraction.getAndSet(new double[] {fraction}) == null) {
                        Platform.runLater(() -> {
                            handle.progress.set(pendingFraction.getAndSet(null)[0]);
                            handle.message.set(pendingMessage.get());
                        });
                    }
                }, token);
            }
        };
        task.setOnSucceeded(e -> {
            handle.running.set(false);
            if (token.isCancelled()) {
                handle.cancelled.set(true);
                return;
            }
            handle.progress.set(1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            handle.running.set(false);
            Throwable failure = task.getException();
            if (failure instanceof CancellationException || token.isCancelled()) {
                handle.cancelled.set(true);
                return;
            }
            LOG.warn("{} failed", title, failure);
            onFailure.accept(failure);
        });
        executor.execute(task);
        return handle;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        serialPool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
            serialPool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

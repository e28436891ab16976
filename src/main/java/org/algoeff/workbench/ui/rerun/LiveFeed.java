// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.EvalPoint;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.RerunListener;

/**
 * The rerun thread's events, queued for the FX thread: the listener only enqueues (it must return quickly), and the
 * ViewModel drains the queue on a timer (at most ten times a second) and once at the end, so a fast rerun never
 * floods the FX thread. Draining turns the points into one accuracy-vs-training-FLOPs curve per recipe and seed.
 */
final class LiveFeed implements RerunListener {
    private final Queue<Object> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger started = new AtomicInteger();
    private final Map<String, Growing> curves = new LinkedHashMap<>();
    private BackendInfo backend;

    private record Point(String key, EvalPoint point) {
    }

    @Override
    public void started(Recipe recipe, long seed, BackendInfo info) {
        started.incrementAndGet();
        events.add(info);
    }

    @Override
    public void evaluated(Recipe recipe, long seed, EvalPoint point) {
        events.add(new Point(recipe.id() + " seed " + seed, point));
    }

    /** Reruns started so far (any thread): the index of the current one is this minus one. */
    int startedCount() {
        return started.get();
    }

    /** Applies the queued events (FX thread); true when anything changed. */
    boolean drain() {
        boolean changed = false;
        for (Object e = events.poll(); e != null; e = events.poll()) {
            changed = true;
            if (e instanceof BackendInfo b) {
                backend = b;
            } else if (e instanceof Point p) {
                curves.computeIfAbsent(p.key(), k -> new Growing()).add(p.point());
            }
        }
        return changed;
    }

    /** The backend of the latest rerun that started, or null. */
    BackendInfo backend() {
        return backend;
    }

    /** One curve per recipe and seed: x = training FLOPs, y = the accuracy the target is read on (validation when the batch has it) (arrays copied). */
    List<Curve> curves() {
        List<Curve> out = new ArrayList<>();
        int color = 0;
        for (Map.Entry<String, Growing> e : curves.entrySet()) {
            Growing g = e.getValue();
            out.add(new Curve(e.getKey(), color++, Arrays.copyOf(g.x, g.n), Arrays.copyOf(g.y, g.n), null,
                    Double.NaN, Double.NaN));
        }
        return out;
    }

    /** Growable pair of arrays. */
    private static final class Growing {
        private double[] x = new double[32];
        private double[] y = new double[32];
        private int n;

        void add(EvalPoint p) {
            if (n == x.length) {
                x = Arrays.copyOf(x, n * 2);
                y = Arrays.copyOf(y, n * 2);
            }
            x[n] = p.trainingFlops();
            y[n] = p.targetAccuracy();
            n++;
        }
    }
}

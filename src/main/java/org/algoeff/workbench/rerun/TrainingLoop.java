// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.rerun.TrainingEngine.TrainingSession;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The explicit minibatch loop of one rerun: check cancel, train one minibatch, add its counted FLOPs, evaluate on the
 * schedule (the test split, and the validation split when there is one), stop by the request's {@link StopRule} or at
 * the budget, report progress at most ten times a second.
 */
final class TrainingLoop {
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final Recipe recipe;
    private final RerunRequest request;
    private final TrainingSession session;
    private final EvaluationSchedule schedule;
    private final long forward;
    private final List<EvalPoint> curve = new ArrayList<>();
    private long examples;
    private long steps;
    private long trainingNanos;
    private double lossSum;
    private int lossCount;
    private long lastProgress;
    private int trainCount;
    private int splitCount;

    TrainingLoop(RerunRequest request, TrainingSession session, EvaluationSchedule schedule) {
        this.recipe = request.recipe();
        this.request = request;
        this.session = session;
        this.schedule = schedule;
        this.forward = recipe.forwardFlopsPerExample();
    }

    /**
     * Runs to the target or the budget; every evaluation goes to {@code onEval}. {@code splitDigits}: the size of the
     * split the stop rule reads (its standard error sets the plateau rule's rise).
     */
    void run(int trainDigits, int splitDigits, java.util.function.Consumer<EvalPoint> onEval, ProgressSink progress,
            CancellationToken cancel) {
        trainCount = trainDigits;
        splitCount = splitDigits;
        double budget = Math.max(1, Math.round(request.budgetEpochs() * trainCount));
        int epochs = (int) Math.ceil(budget / trainCount);
        long nextEval = schedule.next(0);
        if (evaluate(onEval)) {
            return;
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            int batches = session.startEpoch(epoch);
            for (int b = 0; b < batches; b++) {
                cancel.throwIfCancelled();
                double lr = recipe.training().learningRate() * recipe.training().schedule().factor(examples / budget);
                long start = System.nanoTime();
                examples += session.fitBatch(b, lr);
                trainingNanos += System.nanoTime() - start;
                steps++;
                lossSum += session.lastLoss();
                lossCount++;
                boolean last = examples >= budget || epoch == epochs - 1 && b == batches - 1;
                if ((examples >= nextEval || last) && evaluate(onEval) || last) {
                    return;
                }
                if (examples >= nextEval) {
                    nextEval = schedule.next(examples);
                }
                report(progress, epoch, epochs, budget);
            }
        }
    }

    /** Evaluates, records the point; true when the stop rule says stop. */
    private boolean evaluate(java.util.function.Consumer<EvalPoint> onEval) {
        double accuracy = session.evaluate();
        double validation = session.evaluateValidation();
        double loss = lossCount == 0 ? Double.NaN : lossSum / lossCount;
        lossSum = 0;
        lossCount = 0;
        EvalPoint p = new EvalPoint(steps, examples, Flops.training(forward, examples), accuracy, loss,
                System.currentTimeMillis() / 1000.0, validation);
        curve.add(p);
        onEval.accept(p);
        StopRule stop = request.stop();
        return stop.atTarget() && p.targetAccuracy() >= request.target() || stop.plateaued(curve, trainCount, splitCount);
    }

    private void report(ProgressSink progress, int epoch, int epochs, double budget) {
        long now = System.nanoTime();
        if (now - lastProgress < PROGRESS_INTERVAL_NANOS) {
            return;
        }
        lastProgress = now;
        double accuracy = curve.isEmpty() ? Double.NaN : curve.get(curve.size() - 1).testAccuracy();
        progress.progress(Math.min(1, examples / budget), String.format(Locale.ROOT,
                "%s seed %d: epoch %d/%d, %d examples, %s, test accuracy %.4f", recipe.id(), request.seed(), epoch + 1,
                epochs, examples, Flops.format(Flops.training(forward, examples)), accuracy));
    }

    List<EvalPoint> curve() {
        return curve;
    }

    long examples() {
        return examples;
    }

    double trainingSeconds() {
        return trainingNanos / 1e9;
    }
}

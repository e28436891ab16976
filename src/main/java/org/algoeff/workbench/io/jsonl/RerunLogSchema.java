// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

/**
 * The workbench's own rerun log (docs/rerun.md): a header object whose {@code format} is {@value #FORMAT}, then one
 * flat object per evaluation with the keys below. One place for the keys that {@code rerun.RerunLogWriter} writes
 * and {@link JsonlLogReader} reads back.
 */
public final class RerunLogSchema {
    /** The header's {@code format} value. */
    public static final String FORMAT = "algoeff-rerun-log";
    /** The header's {@code version} value written by this build. */
    public static final int VERSION = 1;
    /** Header key of {@link #FORMAT}. */
    public static final String HEADER_FORMAT = "format";
    /** Header key: the recipe id ("lenet-1998"). */
    public static final String HEADER_RECIPE = "recipe";
    /** Header key: the recipe's year, whose 1 July dates the run. */
    public static final String HEADER_YEAR = "year";
    /** Header key: the training seed. */
    public static final String HEADER_SEED = "seed";
    /** Minibatches trained so far: the log's x axis. */
    public static final String STEP = "step";
    /** Training examples processed so far. */
    public static final String EXAMPLES = "examples";
    /** Cumulative training FLOPs so far, exact per evaluation: the log's own compute axis. */
    public static final String TRAINING_FLOPS = "training_flops";
    /** Fraction of the test split classified correctly, 0..1. */
    public static final String TEST_ACCURACY = "test_accuracy";
    /** Fraction of the validation split (carved from the training digits) correct, 0..1; absent without one. */
    public static final String VALIDATION_ACCURACY = "validation_accuracy";
    /** Header key: the series the stop target was read on ({@link #VALIDATION_ACCURACY} or {@link #TEST_ACCURACY}). */
    public static final String HEADER_STOP_SERIES = "stop_series";
    /** Mean training loss since the previous evaluation (absent at step 0). */
    public static final String TRAIN_LOSS = "train_loss";
    /** Header key: the target test accuracy the rerun stopped at (null when it trained its whole budget). */
    public static final String HEADER_TARGET = "target";
    /** Seconds since the Unix epoch when the evaluation finished. */
    public static final String WALL_TIME = "wall_time";

    private RerunLogSchema() {
    }
}

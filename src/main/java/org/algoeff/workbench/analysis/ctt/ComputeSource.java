// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.util.Objects;

/** Where the training compute per step comes from; all quantities in FLOP (a count, not per second). */
public sealed interface ComputeSource {
    /** Short description for provenance, e.g. "total_flos spread over 1218 steps". */
    String method();

    /**
     * The log's own compute ("auto"): its total ({@code Run.KEY_TOTAL_FLOPS}, e.g. HF {@code total_flos}) spread
     * evenly over its last step, or, for a log without a total whose format names a cumulative FLOPs series
     * ({@code Run.KEY_FLOPS_SERIES}, our rerun logs), that series.
     */
    record LoggedFlops() implements ComputeSource {
        @Override
        public String method() {
            return "logged-flops";
        }
    }

    /** A series of cumulative FLOPs over steps, interpolated linearly. */
    record FlopsTag(String tag) implements ComputeSource {
        public FlopsTag {
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public String method() {
            return "flops-tag";
        }
    }

    /** A fixed number of FLOPs per optimiser step, given by the user. */
    record FlopsPerStep(double flopsPerStep) implements ComputeSource {
        public FlopsPerStep {
            if (!(flopsPerStep > 0) || Double.isInfinite(flopsPerStep)) {
                throw new IllegalArgumentException("FLOPs per step must be a positive number, got " + flopsPerStep);
            }
        }

        @Override
        public String method() {
            return "flops-per-step";
        }
    }

    /** Kaplan et al. (2020) estimate: 6 x parameters x tokens per step (forward + backward, no attention term). */
    record SixND(double parameters, double tokensPerStep) implements ComputeSource {
        public SixND {
            if (!(parameters > 0) || !(tokensPerStep > 0) || Double.isInfinite(parameters * tokensPerStep)) {
                throw new IllegalArgumentException("parameters and tokens per step must be positive numbers");
            }
        }

        @Override
        public String method() {
            return "6ND";
        }

        public double flopsPerStep() {
            return 6 * parameters * tokensPerStep;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.util.Optional;

import org.algoeff.workbench.analysis.ctt.ComputeSource;

/** Turns a run's {@link ComputeSource} into its saved {@link Workspace.Compute} and back. */
public final class ComputeSources {
    private ComputeSources() {
    }

    /** The saved form, or null for none (the log's own FLOPs). */
    public static Workspace.Compute save(ComputeSource source) {
        if (source instanceof ComputeSource.FlopsPerStep f) {
            return new Workspace.Compute(f.method(), f.flopsPerStep(), null, null, null);
        }
        if (source instanceof ComputeSource.SixND n) {
            return new Workspace.Compute(n.method(), null, n.parameters(), n.tokensPerStep(), null);
        }
        if (source instanceof ComputeSource.FlopsTag t) {
            return new Workspace.Compute(t.method(), null, null, null, t.tag());
        }
        return null;
    }

    /**
     * The source a saved entry names; empty for none or for an entry that is incomplete or invalid (a hand-edited
     * file), which then falls back to the log's own FLOPs.
     */
    public static Optional<ComputeSource> open(Workspace.Compute saved) {
        if (saved == null || saved.kind() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (saved.kind()) {
                case "flops-per-step" -> saved.flopsPerStep() == null ? null
                        : new ComputeSource.FlopsPerStep(saved.flopsPerStep());
                case "6ND" -> saved.parameters() == null || saved.tokensPerStep() == null ? null
                        : new ComputeSource.SixND(saved.parameters(), saved.tokensPerStep());
                case "flops-tag" -> saved.flopsTag() == null ? null : new ComputeSource.FlopsTag(saved.flopsTag());
                default -> null;
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

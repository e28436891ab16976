// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.Arrays;
import java.util.Locale;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine;
import org.algoeff.workbench.rerun.dl4j.ops.OpsSession;
import org.algoeff.workbench.task.JobFailed;

/**
 * The ND4J training engine, registered in {@code META-INF/services}. Constructing it loads nothing native; ND4J
 * starts on the first {@link #open}. Two ways to compute the same recipe: {@link Kind#OPS} (default), libnd4j's
 * ops called directly with hand-written back-propagation, 2-5x faster on these small networks; and
 * {@link Kind#NETWORK}, DL4J's {@code MultiLayerNetwork}, kept as the reference the ops engine is tested against.
 * The system property {@value #ENGINE_PROPERTY} ({@code ops} or {@code network}) chooses; docs/rerun.md says why.
 */
public final class Dl4jTrainingEngine implements TrainingEngine {
    static final String ENGINE_PROPERTY = "algoeff.engine";

    private final Kind kind;

    /** The engine named by {@value #ENGINE_PROPERTY} (read on the first {@link #open}), {@code ops} when unset. */
    public Dl4jTrainingEngine() {
        this(null);
    }

    Dl4jTrainingEngine(Kind kind) {
        this.kind = kind;
    }

    private Kind kind() {
        if (kind != null) {
            return kind;
        }
        String name = System.getProperty(ENGINE_PROPERTY, Kind.OPS.id());
        try {
            return Kind.parse(name);
        } catch (IllegalArgumentException e) {
            throw new JobFailed(e.getMessage(), e);
        }
    }

    /** How the network is computed. */
    enum Kind {
        OPS("ops"), NETWORK("network");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        static Kind parse(String s) {
            return Arrays.stream(values()).filter(k -> k.id.equals(s.trim().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(ENGINE_PROPERTY + " must be ops or network: " + s));
        }
    }

    @Override
    public TrainingSession open(Recipe recipe, ImageDataset data, long seed, Backend backend, int threads) {
        Kind k = kind();
        BackendInfo info = BackendProbe.start(backend, threads, k);
        return k == Kind.OPS ? new OpsSession(recipe, data, seed, info)
                : new MultiLayerNetworkSession(recipe, data, seed, info);
    }
}

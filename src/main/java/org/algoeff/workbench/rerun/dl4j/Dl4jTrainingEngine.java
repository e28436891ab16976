// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine;

/**
 * The DL4J/ND4J training engine, registered in {@code META-INF/services}. Constructing it loads nothing native;
 * ND4J starts on the first {@link #open}.
 */
public final class Dl4jTrainingEngine implements TrainingEngine {
    @Override
    public TrainingSession open(Recipe recipe, ImageDataset data, long seed, Backend backend, int threads) {
        BackendInfo info = BackendProbe.start(backend, threads);
        return new Dl4jSession(recipe, data, seed, info);
    }
}

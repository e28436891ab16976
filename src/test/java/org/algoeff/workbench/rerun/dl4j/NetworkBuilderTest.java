// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.algoeff.workbench.rerun.Architecture;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.TensorShape;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DL4J network built from a recipe has, layer by layer, the shapes and parameters the FLOP counter assumes. */
class NetworkBuilderTest {
    static java.util.List<Recipe> recipes() {
        return Recipes.all();
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void dl4jLayersMatchTheSpecShapesAndParameters(Recipe recipe) {
        NetworkBuilder.Built built = NetworkBuilder.build(recipe, 1);
        MultiLayerConfiguration conf = built.conf();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        TensorShape in = recipe.architecture().input();
        InputType type = InputType.convolutionalFlat(in.height(), in.width(), in.channels()); // as the builder declares it
        int dl4jLayers = conf.getConfs().size();
        long[] paramsOfDl4jLayer = new long[dl4jLayers];
        InputType[] outputOfDl4jLayer = new InputType[dl4jLayers];
        for (int i = 0; i < dl4jLayers; i++) {
            if (conf.getInputPreProcess(i) != null) {
                type = conf.getInputPreProcess(i).getOutputType(type);
            }
            Layer layer = conf.getConf(i).getLayer();
            type = layer.getOutputType(i, type);
            outputOfDl4jLayer[i] = type;
            long p = net.getLayer(i).numParams();
            // DL4J stores batch norm's running mean and variance as parameters; we count only scale and shift.
            paramsOfDl4jLayer[i] = layer instanceof BatchNormalization ? p / 2 : p;
        }
        int[] first = built.firstLayerOfSpec();
        for (Architecture.LayerCost cost : recipe.architecture().costs()) {
            int from = first[cost.index()];
            int to = cost.index() + 1 < first.length ? first[cost.index() + 1] : dl4jLayers;
            long params = 0;
            for (int i = from; i < to; i++) {
                params += paramsOfDl4jLayer[i];
            }
            assertEquals(cost.parameters(), params, recipe.id() + " layer " + cost.index() + " parameters");
            long[] shape = outputOfDl4jLayer[to - 1].getShape(false);
            long size = 1;
            for (long s : shape) {
                size *= s;
            }
            assertEquals(cost.out().size(), size, recipe.id() + " layer " + cost.index() + " output " + cost.out());
            if (shape.length == 3) {
                assertEquals(cost.out().toString(), shape[0] + "x" + shape[1] + "x" + shape[2]);
            }
        }
        assertEquals(recipe.parameters(), java.util.Arrays.stream(paramsOfDl4jLayer).sum());
        net.close();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The ops engine builds each recipe with the parameter count the FLOP counter assumes (batch norm: scale and shift),
 * maps digits to [examples, classes] logits in evaluation and training mode alike, and one training step changes the
 * parameters.
 */
class OpsNetworkTest {
    static List<Recipe> recipes() {
        return Recipes.all();
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void parametersAndOutputShapeMatchTheRecipe(Recipe recipe) {
        Nd4j.getRandom().setSeed(3);
        OpsNetwork net = new OpsNetwork(recipe, 3);
        assertEquals(recipe.parameters(), net.parameterCount(), recipe.id());
        int n = 5;
        int classes = recipe.architecture().classes();
        INDArray pixels = Nd4j.rand(DataType.FLOAT, n, recipe.architecture().input().size());
        assertArrayEquals(new long[] {n, classes}, net.predict(pixels).shape());
        float[] labels = new float[n * classes];
        for (int i = 0; i < n; i++) {
            labels[i * classes + i] = 1;
        }
        INDArray before = net.parameters().dup();
        net.fit(pixels, labels, recipe.training().learningRate());
        assertNotEquals(before, net.parameters(), "one step moves the parameters");
        assertEquals(Math.log(classes), net.lastLoss(), 2.0, "a fresh network's loss is near log(classes)");
    }
}

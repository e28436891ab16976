// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every recipe's layers against counts done by hand (the arithmetic is written out next to each number). */
class RecipeFlopsTest {
    private static List<Long> layerFlops(String id) {
        return Recipes.byId(id).orElseThrow().architecture().costs().stream()
                .map(Architecture.LayerCost::forwardFlops).toList();
    }

    private static long total(String id) {
        return Recipes.byId(id).orElseThrow().forwardFlopsPerExample();
    }

    @Test
    void mlp1986() {
        assertEquals(List.of(2L * 784 * 256, 2L * 256 * 10), layerFlops("mlp-1986"));
        assertEquals(406_528L, total("mlp-1986"));
        assertEquals(784L * 256 + 256 + 256 * 10 + 10, Recipes.byId("mlp-1986").orElseThrow().parameters());
    }

    @Test
    void lenet1998() {
        assertEquals(List.of(
                2L * 5 * 5 * 1 * 6 * 28 * 28,   // conv 5x5, pad 2: 28x28x6 out
                0L,                             // avg pool -> 14x14x6
                2L * 5 * 5 * 6 * 16 * 10 * 10,  // conv 5x5, no pad: 10x10x16 out
                0L,                             // avg pool -> 5x5x16 = 400
                2L * 400 * 120, 2L * 120 * 84, 2L * 84 * 10), layerFlops("lenet-1998"));
        assertEquals(833_040L, total("lenet-1998"));
    }

    @Test
    void cnn2012AndBn2015ShareTheirCountedLayers() {
        List<Long> counted = List.of(
                2L * 3 * 3 * 1 * 16 * 28 * 28,   // conv 3x3 pad 1: 28x28x16
                2L * 3 * 3 * 16 * 32 * 14 * 14,  // after max pool: 14x14x16 -> 14x14x32
                2L * 7 * 7 * 32 * 128,           // after max pool: 7x7x32 = 1568 -> 128
                2L * 128 * 10);
        assertEquals(counted, layerFlops("cnn-2012").stream().filter(f -> f > 0).toList());
        assertEquals(counted, layerFlops("bn-2015").stream().filter(f -> f > 0).toList());
        assertEquals(2_436_096L, total("cnn-2012"));
        assertEquals(2_436_096L, total("bn-2015"));
    }

    @Test
    void sepconv2019() {
        assertEquals(List.of(
                2L * 3 * 3 * 1 * 16 * 28 * 28, 0L,  // conv 3x3 + batch norm
                2L * 3 * 3 * 1 * 16 * 14 * 14, 0L,  // depthwise 3x3 stride 2: (28 + 2 - 3) / 2 + 1 = 14
                2L * 1 * 1 * 16 * 32 * 14 * 14, 0L, // pointwise 16 -> 32
                2L * 3 * 3 * 1 * 32 * 7 * 7, 0L,    // depthwise 3x3 stride 2: 14 -> 7
                2L * 1 * 1 * 32 * 64 * 7 * 7, 0L,   // pointwise 32 -> 64
                2L * 64 * 7 * 7 * 10), layerFlops("sepconv-2019"));
        assertEquals(774_592L, total("sepconv-2019"));
    }

    @Test
    void ladderIsOrderedByYearAndEveryRecipeIsDocumented() {
        List<Recipe> all = Recipes.all();
        assertEquals("mlp-1986", Recipes.oldest().id());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).year() > all.get(i - 1).year());
        }
        all.forEach(r -> assertTrue(r.reference().contains("(" ) && !r.description().isBlank(), r.id()));
    }
}

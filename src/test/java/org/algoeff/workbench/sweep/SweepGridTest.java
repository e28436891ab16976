// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.rerun.RecipeVariation;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.StopRule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A grid's variations and stop rule survive JSON; a grid file from before them keeps its cells and their ids. */
class SweepGridTest {
    @Test
    void aGridWithVariationsRoundTripsThroughJson() throws Exception {
        SweepGrid g = new SweepGrid(List.of("mlp-1986"), List.of(1L, 2L), List.of(0.9), List.of("/d"), 0, 300, 200,
                "cpu", 1, List.of(RecipeVariation.NONE, new RecipeVariation(0.5, 2, 0.25)),
                new StopRule(true, 2, 0.002, 1), 60);
        SweepGrid back = new ObjectMapper().readValue(g.toJson(), SweepGrid.class);
        assertEquals(g, back);
        assertEquals(List.of("d0-t0.9-mlp-1986-s1", "d0-t0.9-mlp-1986-s2", "d0-t0.9-mlp-1986-w0.5_lr2_e0.25-s1",
                "d0-t0.9-mlp-1986-w0.5_lr2_e0.25-s2"), back.cells().stream().map(SweepCell::id).toList());
        RerunRequest varied = back.cells().get(2).request(null);
        assertEquals("mlp-1986[w0.5 lr2 e0.25]", varied.recipe().id());
        assertEquals(new StopRule(true, 2, 0.002, 1), varied.stop());
        assertEquals(60, varied.validationDigits());
        assertFalse(g.sameSettings(new SweepGrid(g.recipes(), g.seeds(), g.targets(), g.datasets(), 0, 300, 200,
                "cpu", 1)), "a full-curve sweep cannot reuse tuning cells (other stop rule)");
    }

    @Test
    void anOldGridFileKeepsItsCellIdsAndFullCurves(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "{\"recipes\":[\"mlp-1986\"],\"seeds\":[1,2],\"targets\":[0.9],\"datasets\":[\"/d\"],"
                + "\"maxEpochs\":1,\"trainLimit\":300,\"testLimit\":200,\"backend\":\"cpu\",\"threads\":1}");
        SweepGrid g = SweepGrid.read(file);
        assertEquals(List.of("d0-t0.9-mlp-1986-s1", "d0-t0.9-mlp-1986-s2"),
                g.cells().stream().map(SweepCell::id).toList());
        assertEquals(List.of(RecipeVariation.NONE), g.variations());
        RerunRequest r = g.cells().get(0).request(null);
        assertEquals(StopRule.FULL_CURVE, r.stop());
        assertEquals(RerunRequest.defaultValidation(300), r.validationDigits());
        assertEquals("mlp-1986", r.recipe().id());
        assertEquals(g, new SweepGrid(List.of("mlp-1986"), List.of(1L, 2L), List.of(0.9), List.of("/d"), 1, 300, 200,
                "cpu", 1));
    }
}

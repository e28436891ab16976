// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecipesCommandTest {
    @Test
    void jsonListsEveryRecipeWithItsAnalyticFlops() throws IOException {
        CliRun run = CliRun.of("recipes", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode all = new ObjectMapper().readTree(run.out());
        List<Recipe> ladderThenProbes = Stream.concat(Recipes.all().stream(), Recipes.probes().stream()).toList();
        assertEquals(ladderThenProbes.size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            Recipe r = ladderThenProbes.get(i);
            JsonNode j = all.get(i);
            assertEquals(r.id(), j.get("id").asText());
            assertEquals(i >= Recipes.all().size(), j.get("probe").asBoolean(), r.id());
            assertEquals(r.year(), j.get("year").asInt());
            assertEquals(r.forwardFlopsPerExample(), j.get("forwardFlopsPerExample").asLong());
            assertEquals(r.parameters(), j.get("parameters").asLong());
            long layerSum = 0;
            for (JsonNode layer : j.get("layers")) {
                layerSum += layer.get("forwardFlops").asLong();
            }
            assertEquals(r.forwardFlopsPerExample(), layerSum);
            assertTrue(j.get("reference").asText().length() > 20);
        }
        assertEquals(406_528, all.get(0).get("forwardFlopsPerExample").asLong());
        assertEquals("mlp-1986-modern", all.get(Recipes.all().size()).get("id").asText());
    }

    @Test
    void tableShowsIdsYearsAndFlops() {
        CliRun run = CliRun.of("recipes");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("mlp-1986        1986     203530    406.5 kFLOP"), run.out());
        assertTrue(run.out().contains("sepconv-2019"));
    }

    @Test
    void tableListsTheProbeAfterTheLadderMarkedAsOutsideTheFit() {
        String out = CliRun.of("recipes").out();
        int heading = out.indexOf("probes (not eras; not part of the ladder's fit):");
        assertTrue(heading > out.indexOf("sepconv-2019"), out);
        assertTrue(out.indexOf("mlp-1986-modern 1986") > heading, out);
    }

    @Test
    void badRerunArgumentsAreOneLineErrors() {
        CliRun unknown = CliRun.of("rerun", "alexnet-2012", "--target", "0.9");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("algoeff: unknown recipe alexnet-2012"), unknown.err());
        CliRun badTarget = CliRun.of("rerun", "mlp-1986", "--target", "150");
        assertEquals(1, badTarget.exitCode());
        assertTrue(badTarget.err().contains("--target"), badTarget.err());
        assertEquals(1, badTarget.err().lines().count());
    }
}

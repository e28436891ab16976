// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.rerun.Architecture;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;

/** {@code algoeff recipes}: lists the rerun recipes with their FLOPs, counted analytically (no ND4J needed). */
@Command(name = "recipes", mixinStandardHelpOptions = true,
        description = "List the rerun recipes (era ladder) with year, reference, parameters and forward FLOPs per example.")
public final class RecipesCommand implements Runnable {
    @Option(names = "--json", description = "print a JSON array instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> all = new ArrayList<>();
            Recipes.all().forEach(r -> all.add(toJson(r)));
            try {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.printf(Locale.ROOT, "%-13s %4s %10s %14s  %s%n", "recipe", "year", "parameters", "forward/example",
                    "description");
            for (Recipe r : Recipes.all()) {
                out.printf(Locale.ROOT, "%-13s %4d %10d %14s  %s%n", r.id(), r.year(), r.parameters(),
                        Flops.format(r.forwardFlopsPerExample()), r.description());
                out.printf(Locale.ROOT, "%34s  %s%n", "", r.reference());
            }
        }
        out.flush();
    }

    static Map<String, Object> toJson(Recipe r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("year", r.year());
        m.put("description", r.description());
        m.put("reference", r.reference());
        m.put("parameters", r.parameters());
        m.put("forwardFlopsPerExample", r.forwardFlopsPerExample());
        m.put("trainingFlopsPerExample", 3 * r.forwardFlopsPerExample());
        m.put("optimizer", r.training().optimizer().name().toLowerCase(Locale.ROOT));
        m.put("learningRate", r.training().learningRate());
        m.put("schedule", r.training().schedule().name().toLowerCase(Locale.ROOT));
        m.put("batchSize", r.training().batchSize());
        m.put("maxEpochs", r.training().maxEpochs());
        List<Map<String, Object>> layers = new ArrayList<>();
        for (Architecture.LayerCost c : r.architecture().costs()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("layer", c.spec().describe());
            l.put("input", c.in().toString());
            l.put("output", c.out().toString());
            l.put("forwardFlops", c.forwardFlops());
            l.put("parameters", c.parameters());
            layers.add(l);
        }
        m.put("layers", layers);
        return m;
    }
}

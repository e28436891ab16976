// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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

/**
 * {@code algoeff recipes}: lists the rerun recipes with their FLOPs, counted analytically (no ND4J needed). The
 * probes ({@link Recipes#probes()}) come after the ladder and are marked, because {@code rerun mlp-1986-modern}
 * accepts them and a reader of the list should know they exist but are left out of the ladder's fit.
 */
@Command(name = "recipes", mixinStandardHelpOptions = true,
        description = "List the rerun recipes (era ladder, then the probes that are not part of the ladder's fit) "
                + "with year, reference, parameters and forward FLOPs per example.")
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
            Recipes.all().forEach(r -> all.add(toJson(r, false)));
            Recipes.probes().forEach(r -> all.add(toJson(r, true)));
            try {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            int idWidth = Stream.concat(Recipes.all().stream(), Recipes.probes().stream())
                    .mapToInt(r -> r.id().length()).max().orElse(6);
            String row = "%-" + idWidth + "s %4s %10s %14s  %s%n";
            String indent = " ".repeat(idWidth + 1 + 4 + 1 + 10 + 1 + 14);
            out.printf(Locale.ROOT, row, "recipe", "year", "parameters", "forward/example", "description");
            Recipes.all().forEach(r -> printRow(out, row, indent, r));
            if (!Recipes.probes().isEmpty()) {
                out.printf(Locale.ROOT, "%nprobes (not eras; not part of the ladder's fit):%n");
                Recipes.probes().forEach(r -> printRow(out, row, indent, r));
            }
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, String row, String indent, Recipe r) {
        out.printf(Locale.ROOT, row, r.id(), r.year(), r.parameters(), Flops.format(r.forwardFlopsPerExample()),
                r.description());
        out.printf(Locale.ROOT, "%s  %s%n", indent, r.reference());
    }

    static Map<String, Object> toJson(Recipe r, boolean probe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("probe", probe);
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

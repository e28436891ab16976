// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.rerun.EvalPoint;
import org.algoeff.workbench.rerun.RerunLogWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ctt --targets} over rerun logs written by the rerun log writer, whose curves cross each target at a known
 * compute: log i (recipe year 2012 + i) reaches accuracy t_j at 1e9 x 100^j x 2^(-12 (year - 2012) / h_j) FLOP.
 */
class CttTargetsCommandTest {
    private static final double[] TARGETS = {0.90, 0.92, 0.94, 0.96};
    private static final double[] HALVING = {103, 70, 58, 41};
    /** The published eras' full curves, five seeds each (real DL4J reruns). */
    private static final String SHIPPED = "sample-data/reruns/full-curves";

    @TempDir
    Path dir;

    private static long crossing(int i, int j) {
        double years = DecimalYear.of(RecipeYear.date(2012 + i)) - DecimalYear.of(RecipeYear.date(2012));
        return Math.round(1e9 * Math.pow(100, j) * Math.pow(2, -12 * years / HALVING[j]));
    }

    /** A log per recipe year; a finite {@code stopAt} cuts each curve at its first evaluation reaching it. */
    private Path logs(String name, double stopAt) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < 8; i++) {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("recipe", "r" + i);
            header.put("year", 2012 + i);
            header.put("seed", 1);
            header.put("target", stopAt);
            try (RerunLogWriter w = new RerunLogWriter(folder.resolve("r" + i + ".jsonl"), header)) {
                w.write(new EvalPoint(0, 0, 0, 0.1, Double.NaN, 1));
                for (int j = 0; j < TARGETS.length; j++) {
                    w.write(new EvalPoint(j + 1, j + 1, crossing(i, j), TARGETS[j], 0.5, 2 + j));
                    if (TARGETS[j] >= stopAt) {
                        break;
                    }
                }
            }
        }
        return folder;
    }

    /**
     * Three seeds per recipe year, crossing each target at 1x, 0.5x and 2x the known compute (so the median is the
     * known compute); in recipe r0 seeds 2 and 3 end below the last target, so its median misses it.
     */
    private Path seededLogs() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("seeded"));
        double[] factor = {1, 0.5, 2};
        for (int i = 0; i < 8; i++) {
            for (int seed = 1; seed <= 3; seed++) {
                Map<String, Object> header = new LinkedHashMap<>();
                header.put("recipe", "r" + i);
                header.put("year", 2012 + i);
                header.put("seed", seed);
                header.put("target", null);
                try (RerunLogWriter w = new RerunLogWriter(folder.resolve("r" + i + "-seed" + seed + ".jsonl"),
                        header)) {
                    w.write(new EvalPoint(0, 0, 0, 0.1, Double.NaN, 1));
                    int last = i == 0 && seed > 1 ? TARGETS.length - 1 : TARGETS.length;
                    for (int j = 0; j < last; j++) {
                        w.write(new EvalPoint(j + 1, j + 1, Math.round(crossing(i, j) * factor[seed - 1]),
                                TARGETS[j], 0.5, 2 + j));
                    }
                }
            }
        }
        return folder;
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void halvingTimeAtEveryTargetComesFromTheFullCurves() throws IOException {
        Path folder = logs("full", 1.0);
        JsonNode j = json(CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--targets",
                "0.90:0.96:0.02", "--json"));
        assertEquals(4, j.get("targets").size());
        for (int k = 0; k < 4; k++) {
            JsonNode row = j.get("halvingByTarget").get(k);
            assertEquals(TARGETS[k], row.get("target").asDouble(), 1e-12);
            assertEquals(8, row.get("points").asInt());
            assertEquals(HALVING[k], row.get("halvingMonths").asDouble(), 1e-3, "target " + TARGETS[k]);
        }
        JsonNode r3 = null;
        for (JsonNode r : j.get("runs")) {
            r3 = r.get("name").asText().equals("r3") ? r : r3;
        }
        assertNotNull(r3, "every log is a run, named by its recipe");
        JsonNode cell = r3.get("byTarget").get(2);
        assertEquals("reached", cell.get("status").asText());
        assertEquals(crossing(3, 2), cell.get("computeToTarget").asDouble(), 1);
        assertEquals(32, j.get("trendPoints").asInt());
    }

    @Test
    void rerunLogSeedsAreGroupedPerRecipeWithAnIntervalOverSeedsAndRecipes() throws IOException {
        Path folder = seededLogs();
        JsonNode j = json(CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--targets",
                "0.90:0.96:0.02", "--json"));
        assertEquals(24, j.get("runs").size(), "every seed's log is still a row of the run table");
        for (int k = 0; k < 4; k++) {
            JsonNode row = j.get("halvingByTarget").get(k);
            assertEquals(k < 3 ? 8 : 7, row.get("points").asInt(), "one point per recipe, not per seed");
            assertEquals("bootstrap over seeds and recipes", row.get("ci95Method").asText());
            double low = row.get("ci95Months").get(0).asDouble();
            assertTrue(low > 0 && low < row.get("halvingMonths").asDouble(), row.toString());
            if (k < 3) {
                assertEquals(HALVING[k], row.get("halvingMonths").asDouble(), 1e-2, "the medians are the known "
                        + "compute at " + TARGETS[k]);
            }
        }
        JsonNode at094 = j.get("ladderByTarget").get(2);
        JsonNode r3 = at094.get("recipes").get(3);
        assertEquals("r3", r3.get("recipe").asText());
        assertEquals(crossing(3, 2), r3.get("medianComputeToTarget").asDouble(), 1);
        assertEquals(crossing(3, 2) * 0.5, r3.get("medianCiLow").asDouble(), 1);
        assertEquals(3, r3.get("seeds").asInt());
        JsonNode at096 = j.get("ladderByTarget").get(3);
        assertTrue(at096.get("reason").asText().contains("r0: not reached (1 of 3 seeds reached it)"),
                at096.toString());

        CliRun text = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--targets", "0.9,0.96");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("rerun ladder: each recipe's median over its seeds"), text.out());
        assertTrue(text.out().contains("0.9: halves every 103.0 months (95% bootstrap over seeds and recipes "),
                text.out());
    }

    @Test
    void trendOutGroupedByTargetGivesTheSameHalvingTimes() throws IOException {
        Path folder = logs("full", 1.0);
        Path out = dir.resolve("sweep.csv");
        Path figure = dir.resolve("sensitivity.png");
        CliRun text = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--targets", "0.9,0.94",
                "--trend-out", out.toString(), "--sensitivity-out", figure.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("0.9: halves every 103.0 months"), text.out());
        assertTrue(text.out().contains("0.94: halves every 58.0 months"), text.out());
        assertEquals(17, Files.readAllLines(out).size(), "header and 8 runs x 2 targets");
        assertTrue(Files.readAllLines(out).get(0).contains("target"));
        JsonNode fit = json(CliRun.of("fit", out.toString(), "--group-by", "target", "--direction", "declining",
                "--json"));
        for (JsonNode g : fit.get("groups")) {
            double expected = g.get("group").asText().equals("target=0.9") ? 103 : 58;
            assertEquals(expected, g.get("halvingMonths").asDouble(), 1e-3, g.get("group").asText());
        }
        assertNotNull(ImageIO.read(figure.toFile()), "the chart is a PNG");
    }

    @Test
    void curvesThatStopAtTheirTargetCannotBeMeasuredBeyondIt() throws IOException {
        Path folder = logs("stopped", 0.94);
        CliRun run = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--targets", "0.90,0.96");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0.9: halves every 103.0 months"), run.out());
        assertTrue(run.out().contains("0.96: no fit: r0, r1, r2, r3, r4, r5, r6, r7: 1 of 1 seeds: cannot be "
                + "measured at 0.96: training stopped when test_accuracy first reached 0.94;"), run.out());
        assertTrue(run.out().contains("r7   2019-07-01   5.6826e+08            ?"), "each log's cell: " + run.out());
        assertEquals(1, run.out().split("training stopped", -1).length - 1, "said once: " + run.out());
    }

    private static JsonNode shipped(String metric, String targets) throws IOException {
        return json(CliRun.of("ctt", SHIPPED, "--metric", metric, "--targets", targets, "--json"));
    }

    /**
     * The shipped ladder trained to its full budgets (real DL4J reruns, five seeds per recipe): the figures
     * docs/analyses.md and docs/rerun.md quote.
     */
    @Test
    void theShippedFullCurveLadderAtSeveralTargets() throws IOException {
        JsonNode j = shipped("validation_accuracy", "0.90,0.95,0.97");
        JsonNode rows = j.get("halvingByTarget");
        assertEquals(107.9, rows.get(0).get("halvingMonths").asDouble(), 0.1);
        assertEquals(69.9, rows.get(1).get("halvingMonths").asDouble(), 0.1);
        assertEquals(5, rows.get(1).get("points").asInt());
        assertEquals(38.2, rows.get(1).get("ci95Months").get(0).asDouble(), 0.1);
        assertEquals(1359.1, rows.get(1).get("ci95Months").get(1).asDouble(), 0.1);
        assertTrue(rows.get(0).get("ci95Months").get(1).isNull(), "0.90's interval reaches 'no decline'");
        assertEquals(3, rows.get(2).get("points").asInt(), "the MLP and LeNet never reach 0.97");
        assertEquals("bootstrap over seeds and recipes", rows.get(1).get("ci95Method").asText());
        JsonNode at095 = j.get("ladderByTarget").get(1).get("recipes");
        assertEquals(5, at095.size(), "one point per recipe, not per log");
        assertEquals("mlp-1986", at095.get(0).get("recipe").asText(), "oldest first");
        for (JsonNode r : at095) {
            assertEquals(5, r.get("seeds").asInt(), r.toString());
        }
        assertEquals(25, j.get("runs").size());
        for (JsonNode run : j.get("runs")) {
            for (JsonNode cell : run.get("byTarget")) {
                assertTrue(!cell.get("status").asText().equals("not_measured"), "full curves: nothing unmeasurable");
            }
        }
    }

    /** On the test split two recipes reach 0.97: a line, but too few recipes for an interval over them. */
    @Test
    void theShippedLadderOnTheTestSplitHasNoIntervalWithTwoRecipes() throws IOException {
        JsonNode rows = shipped("test_accuracy", "0.95,0.97").get("halvingByTarget");
        assertEquals(68.7, rows.get(0).get("halvingMonths").asDouble(), 0.1);
        assertEquals(2, rows.get(1).get("points").asInt());
        assertTrue(rows.get(1).get("ci95Months").get(0).isNull(), rows.get(1).toString());
        CliRun text = CliRun.of("ctt", SHIPPED, "--metric", "test_accuracy", "--targets", "0.96,0.97");
        assertTrue(text.out().contains("0.96: halves every 44.1 months (95% bootstrap over seeds and recipes 18.0-inf) "
                + "(3 points); left out: mlp-1986: not reached (0 of 5 seeds reached it); lenet-1998: not reached (1 "
                + "of 5 seeds reached it)"), "the fitted line names the recipes it left out: " + text.out());
        assertTrue(text.out().contains("0.97: halves every 18.7 months (no interval: too few points) (2 points)"),
                text.out());
    }

    @Test
    void targetAndTargetsAreExclusiveAndTheFigureNeedsTargets() throws IOException {
        Path folder = logs("full", 1.0);
        CliRun both = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--target", "0.9",
                "--targets", "0.9,0.95");
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("--target or --targets, not both"), both.err());
        CliRun figure = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--target", "0.9",
                "--sensitivity-out", dir.resolve("x.png").toString());
        assertEquals(1, figure.exitCode());
        assertTrue(figure.err().contains("--sensitivity-out needs --targets"), figure.err());
        CliRun none = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("--target V is required"), none.err());
        CliRun bad = CliRun.of("ctt", folder.toString(), "--metric", "test_accuracy", "--targets", "0.9:0.96:0");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("step 0"), bad.err());
    }
}

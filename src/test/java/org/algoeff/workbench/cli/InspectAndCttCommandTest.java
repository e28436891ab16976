// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InspectAndCttCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AlgoeffCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void inspectJsonListsRunsSeriesAndUnreadableFiles() throws IOException {
        Path good = Files.writeString(dir.resolve("metrics.csv"), "epoch,step,train/loss\n0,0,2.35\n0,399,0.13\n");
        Path bad = Files.write(dir.resolve("junk.json"), new byte[] {0, 1, 2});
        Result r = run("inspect", good.toString(), bad.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(2, root.size());
        assertEquals(0, root.get("folders").size(), "no folder given");
        JsonNode runs = root.get("runs");
        assertEquals(2, runs.size());
        JsonNode first = runs.get(0);
        assertEquals("lightning-csv", first.get("format").asText());
        JsonNode loss = first.get("series").get(1);
        assertEquals("train/loss", loss.get("tag").asText());
        assertEquals(2, loss.get("points").asInt());
        assertEquals(0, loss.get("first").get("step").asLong());
        assertEquals(2.35, loss.get("first").get("value").asDouble(), 0.0);
        assertEquals(399, loss.get("last").get("step").asLong());
        JsonNode junk = runs.get(1);
        assertEquals("unknown", junk.get("format").asText());
        assertEquals("junk.json", junk.get("name").asText());
        assertEquals("error", junk.get("problems").get(0).get("severity").asText());
    }

    @Test
    void inspectExitsOneWhenNothingLoadsAndPrintsATableOtherwise() throws IOException {
        Path bad = Files.write(dir.resolve("junk.csv"), new byte[0]);
        Result failed = run("inspect", bad.toString());
        assertEquals(1, failed.exit());
        assertTrue(failed.out().contains("error: empty file"), failed.out());
        Path good = Files.writeString(dir.resolve("h.csv"), "epoch,loss\n0,0.5\n1,0.25\n");
        Result ok = run("inspect", good.toString());
        assertEquals(0, ok.exit());
        assertTrue(ok.out().contains("keras-csv") && ok.out().contains("loss"), ok.out());
    }

    @Test
    void cttJsonOnARealTrainerStateUsesTotalFlos() throws IOException {
        Path file = SharedData.require("realworld/trainer_state/MetaMath__trainer_state.json");
        Result r = run("ctt", file.toString(), "--metric", "loss", "--target", "0.6", "--smoothing", "0.6", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.get("reached").asBoolean());
        assertEquals("<=", root.get("direction").asText());
        // total_flos 71872002048 over global_step 128.
        assertEquals(71872002048.0 / 128, root.get("flops_per_step").asDouble(), 1e-3);
        assertEquals(root.get("step").asDouble() * 71872002048.0 / 128, root.get("training_flops").asDouble(), 1.0);
        assertEquals(64, root.get("provenance").get("sources").get(0).get("sha256").asText().length());
    }

    @Test
    void cttErrorsAreOneLine() throws IOException {
        Path good = Files.writeString(dir.resolve("h.csv"), "epoch,loss\n0,0.5\n1,0.25\n");
        Result r = run("ctt", good.toString(), "--metric", "loss", "--target", "0.3");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("algoeff: ") && r.err().contains("logs no FLOPs of its own"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        Result ok = run("ctt", good.toString(), "--metric", "loss", "--target", "0.3", "--flops-per-step", "1e12");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("step 1.80"), "0-based epochs 0, 1 are 1, 2 epochs completed: " + ok.out());
    }

    @Test
    void chosenXColumnAppliesToCsvAndJsonl() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), "step,tokens,loss\n1,1000,0.5\n2,2000,0.4\n");
        Path jsonl = Files.writeString(dir.resolve("t.jsonl"),
                "{\"step\": 1, \"tokens\": 1000, \"loss\": 0.5}\n{\"step\": 2, \"tokens\": 2000, \"loss\": 0.4}\n");
        Result r = run("inspect", csv.toString(), jsonl.toString(), "--x", "tokens", "--json");
        JsonNode runs = new ObjectMapper().readTree(r.out()).get("runs");
        for (JsonNode run : runs) {
            JsonNode loss = null;
            for (JsonNode s : run.get("series")) {
                loss = s.get("tag").asText().equals("loss") ? s : loss;
            }
            assertEquals(2000, loss.get("last").get("step").asLong(), run.toString());
        }
        assertEquals(2, runs.size());
    }

    /** The tree of one real user: an MLflow experiment folder beside event files, Lightning CSVs and Epoch's data. */
    private Path mixedFolder() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Path run = Files.createDirectories(mixed.resolve("0/r1/metrics"));
        Files.writeString(mixed.resolve("0/meta.yaml"), "artifact_location: a\nexperiment_id: '0'\nname: exp\n");
        Files.writeString(run.getParent().resolve("meta.yaml"), "run_id: r1\nrun_name: ml-run\n");
        Files.writeString(run.resolve("loss"), "1000 0.5 1\n1001 0.4 2\n");
        Files.copy(SharedData.require("realworld/tfevents/dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0"),
                Files.createDirectories(mixed.resolve("tb")).resolve("events.out.tfevents.1663714433.MBP-2.lan.59892.0"));
        Files.copy(SharedData.require("realworld/lightning_csv/ml-aos__version_1__metrics.csv"), mixed.resolve("m.csv"));
        Files.copy(SharedData.require("realworld/compute_dataset/training-cost-trends__All_ML_Systems-full_view-20240205.csv"),
                mixed.resolve("epoch.csv"));
        Files.writeString(mixed.resolve("notes.txt"), "not a log\n");
        return mixed;
    }

    @Test
    void inspectOnAMixedFolderReadsEveryLayoutAndAccountsForEveryFile() throws IOException {
        Path mixed = mixedFolder();
        Result r = run("inspect", mixed.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        java.util.Set<String> formats = new java.util.TreeSet<>();
        root.get("runs").forEach(n -> formats.add(n.get("format").asText()));
        assertEquals(java.util.Set.of("dataset", "lightning-csv", "mlflow", "tfevents"), formats);
        JsonNode folder = root.get("folders").get(0);
        assertEquals(7, folder.get("files").size(), "every file of the tree");
        assertEquals(1, folder.get("skipped").asInt());
        JsonNode notes = java.util.stream.StreamSupport.stream(folder.get("files").spliterator(), false)
                .filter(f -> f.get("file").asText().endsWith("notes.txt")).findFirst().orElseThrow();
        assertTrue(notes.get("skipped").asText().contains("not a log"));

        Result table = run("inspect", mixed.toString());
        assertTrue(table.out().contains("folder " + mixed + ": 7 file(s), 6 read, 1 skipped"), table.out());
        assertTrue(table.out().contains("  skipped: notes.txt: not a log"), table.out());
    }

    @Test
    void plotTakesTheDataSetOutOfAMixedFolder() throws IOException {
        Path mixed = mixedFolder();
        Path svg = dir.resolve("out.svg");
        Result r = run("plot", mixed.toString(), "--out", svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(svg).contains("epoch"), "the Epoch data set is plotted");
        assertTrue(r.err().contains("skipped, not a data set"), r.err());
    }
}

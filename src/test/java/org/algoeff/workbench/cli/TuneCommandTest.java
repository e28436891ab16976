// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code algoeff tune} on a few hundred digits: every cell of the grid, the cheapest confirmed, the files written. */
class TuneCommandTest {
    @TempDir
    Path tmp;

    @Test
    void helpOffersTheSparkGrid() {
        CliRun run = CliRun.of("tune", "--help");
        assertEquals(0, run.exitCode(), run.err());
        for (String option : List.of("--master", "--conf", "--sweep-out", "--out")) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
    }

    @Test
    void tunesAGridAndConfirmsTheCheapestCell() throws Exception {
        CliRun run = CliRun.of("tune", "lenet-1998", "--train-limit", "400", "--test-limit", "100", "--target", "0.5",
                "--confirm-seeds", "2", "--out", tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("lenet-1998: 12 cells"), run.out());
        assertTrue(run.out().contains("cheapest: "), run.out());
        List<String> grid = Files.readAllLines(tmp.resolve("grid.csv"));
        assertEquals(13, grid.size(), "a header and the twelve cells");
        assertTrue(grid.get(1).startsWith("lenet-1998,as published,"), grid.get(1));
        List<String> ladder = Files.readAllLines(tmp.resolve("ladder.csv"));
        assertEquals(2, ladder.size());
        assertTrue(Files.isRegularFile(tmp.resolve("lenet-1998-seed101.jsonl")));
        assertTrue(Files.isRegularFile(tmp.resolve("lenet-1998-seed102.jsonl")));
    }
}

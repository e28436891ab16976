// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two recipes through the CLI on a few hundred digits: per-seed lines, the median table and the fitted trend. */
class RerunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void textOutputSummarisesSeedsAndFitsTheLadder() {
        CliRun run = CliRun.of("rerun", "lenet-1998", "bn-2015", "--seeds", "2", "--max-epochs", "2", "--train-limit", "320",
                "--test-limit", "200", "--validation", "64", "--target", "0.3", "--out", tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("lenet-1998 seed 1 on cpu"), run.err());
        assertTrue(run.out().contains("lenet-1998    seed 2: reached 0.3000 at "), run.out());
        assertTrue(run.out().matches("(?s).*bn-2015\\s+2015\\s+2/2\\s+\\S+ [kMG]?FLOP.*"), run.out());
        assertTrue(run.out().contains("trend on this machine: compute-to-target"), run.out());
        assertTrue(run.out().contains("95% interval of the median"), run.out());
        assertTrue(Files.isRegularFile(tmp.resolve("bn-2015-seed2.jsonl")));
    }
}

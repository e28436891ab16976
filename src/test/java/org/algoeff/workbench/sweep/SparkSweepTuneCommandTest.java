// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code algoeff tune --master local[2]} writes the grid and ladder a local tune writes, and resumes its cells. */
class SparkSweepTuneCommandTest {
    @Test
    void aSparkTuneWritesTheLocalTunesFiles(@TempDir Path tmp) throws Exception {
        String[] common = {"tune", "lenet-1998", "--train-limit", "400", "--test-limit", "100", "--target", "0.5",
            "--confirm-seeds", "1"};
        CliRun local = CliRun.of(concat(common, "--out", tmp.resolve("local").toString()));
        assertEquals(0, local.exitCode(), local.err());
        String[] spark = concat(common, "--out", tmp.resolve("spark").toString(), "--master", "local[2]");
        CliRun onSpark = CliRun.of(spark);
        assertEquals(0, onSpark.exitCode(), onSpark.err());
        assertEquals(local.out(), onSpark.out(), "the same cells, cheapest cell and confirmation");
        for (String f : List.of("grid.csv", "ladder.csv")) {
            assertEquals(Files.readAllLines(tmp.resolve("local").resolve(f)),
                    Files.readAllLines(tmp.resolve("spark").resolve(f)), f);
        }
        Path summary = tmp.resolve("spark/sweep/lenet-1998/summary.csv");
        assertEquals(13, Files.readAllLines(summary).size(), "a header and the twelve cells of one tuning seed");
        Path cell = tmp.resolve("spark/sweep/lenet-1998/cells/d0-t0.5-lenet-1998-s1.done");
        var before = Files.getLastModifiedTime(cell);
        CliRun again = CliRun.of(spark);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(before, Files.getLastModifiedTime(cell), "resumed: the finished cell is read back");
        assertTrue(again.out().contains("cheapest: "), again.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.sweep.SweepEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep commands start, and fail in one line, with or without Spark on the class path. */
class SweepCommandTest {
    @Test
    void helpListsTheSweepCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("sweep-ctt") && r.out().contains("sweep "), r.out());
    }

    @Test
    void anUnknownRecipeIsOneLine(@TempDir Path out) {
        CliRun r = CliRun.of("sweep", "--recipes", "nope", "--out", out.toString(), "--master", "local[1]");
        assertEquals(1, r.exitCode());
        assertEquals("algoeff: unknown recipe 'nope' (see 'algoeff recipes')", r.err().strip());
    }

    @Test
    void aGridFileWithATypoIsRefusedByName(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid.json");
        java.nio.file.Files.writeString(grid, "{\"recipes\":[\"mlp-1986\"],\"seeds\":[1],\"datasets\":[\"d\"],"
                + "\"maxEpoch\":1}");
        CliRun r = CliRun.of("sweep", "--grid", grid.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("algoeff: " + grid + ": not a sweep grid (Unrecognized field \"maxEpoch\""),
                r.err());
    }

    @Test
    void withoutSparkTheCliStartsAndSweepSaysWhatToDo(@TempDir Path out) throws Exception {
        String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("/org/apache/spark/") && !e.contains("/org/scala-lang/"))
                .collect(Collectors.joining(File.pathSeparator));
        assertEquals(0, child(cp, "--help").exitCode());
        CliRun r = child(cp, "sweep", "--recipes", "mlp-1986", "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertEquals("algoeff: " + SweepEngines.NO_SPARK, r.out().strip());
        assertFalse(r.out().contains("Exception"));

        // tune loads Spark only for --master: its help starts without it, and --master says what to do.
        assertEquals(0, child(cp, "tune", "--help").exitCode());
        CliRun tune = child(cp, "tune", "mlp-1986", "--master", "local[1]", "--out", out.resolve("tune").toString());
        assertEquals(1, tune.exitCode());
        assertEquals("algoeff: " + SweepEngines.NO_SPARK, tune.out().strip());
    }

    private static CliRun child(String classPath, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "org.algoeff.workbench.app.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new CliRun(p.exitValue(), text, "");
    }
}

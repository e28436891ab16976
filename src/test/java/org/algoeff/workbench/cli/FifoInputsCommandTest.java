// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.ParseResult;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** R5: a FIFO given to fit, plot, sweep --grid or as a workspace is refused at once, not read forever. */
class FifoInputsCommandTest {
    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            assumeTrue(p.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        return fifo;
    }

    @Test
    void fitPlotSweepAndWorkspaceOpenRefuseAFifo() throws Exception {
        Path csv = fifo("f.csv");
        Path grid = fifo("grid.json");
        Path workspace = fifo("w.algoeff");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CliRun fit = CliRun.of("fit", csv.toString());
            assertTrue(fit.exitCode() != 0 && fit.err().contains("not a regular file"), fit.err());
            CliRun plot = CliRun.of("plot", csv.toString(), "--out", dir.resolve("x.svg").toString());
            assertTrue(plot.exitCode() != 0 && plot.err().contains("not a regular file"), plot.err());
            CliRun sweep = CliRun.of("sweep", "--grid", grid.toString(), "--out", dir.resolve("sw").toString());
            assertTrue(sweep.exitCode() != 0 && sweep.err().contains("not a regular file"), sweep.err());
            CliRun inspect = CliRun.of("inspect", csv.toString());
            assertTrue(inspect.exitCode() != 0 && inspect.out().contains("not a regular file"), inspect.out());
            ParseResult<?> ws = new WorkspaceStore().open(workspace);
            assertTrue(ws.hasErrors() && ws.problems().get(0).message().contains("not a regular file"));
        });
    }
}

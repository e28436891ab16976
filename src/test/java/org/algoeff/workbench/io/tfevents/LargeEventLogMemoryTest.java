// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Proves the memory bound by loading a generated event log in a child JVM with a fixed {@code -Xmx}: the
 * child dies with OutOfMemoryError (non-zero exit) if the reader needs more. One tag holds all points, the
 * worst case: its arrays grow by copying, so old and new arrays coexist at the largest step.
 */
class LargeEventLogMemoryTest {
    @TempDir
    Path dir;

    /** About 510 MB of events, written and read in a few seconds, so it runs in CI. */
    @Test
    void tenMillionPointsOfOneTagLoadInOneGigabyte() throws Exception {
        loadInChildJvm(10_000_000, "1g");
    }

    private void loadInChildJvm(long points, String heap) throws IOException, InterruptedException {
        Path file = dir.resolve("events.out.tfevents.big");
        TfRecordTestWriter.writeScalarFile(file, points, "train/loss");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                LoadEventFileMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }
        assertEquals(0, child.exitValue(), output);
        List<String> lines = output.lines().toList();
        String expected = "points=" + points + " problems=0 lastStep=" + (points - 1) + " lastValue="
                + (double) TfRecordTestWriter.expectedValue(points - 1);
        assertEquals(expected, lines.get(lines.size() - 1));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R16: a second rerun of a recipe, killed mid-way, must not destroy the first one's complete log. */
class RerunLogWriterTest {
    @TempDir
    Path dir;

    private static EvalPoint point(long step) {
        return new EvalPoint(step, step * 64, step * 1000, 0.5, 1.0, step * 0.1);
    }

    @Test
    void theLogIsReplacedOnlyWhenTheNewOneIsComplete() throws IOException {
        Path log = dir.resolve("lenet5-seed1.jsonl");
        try (RerunLogWriter first = new RerunLogWriter(log, Map.of("recipe", "lenet5"))) {
            first.write(point(1));
            first.write(point(2));
        }
        String complete = Files.readString(log);
        assertEquals(3, complete.lines().count());

        RerunLogWriter second = new RerunLogWriter(log, Map.of("recipe", "lenet5"));
        second.write(point(1));
        // Here the second rerun is killed (kill -9: close never runs): the first log is still whole.
        assertEquals(complete, Files.readString(log));
        second.close();
        assertEquals(2, Files.readString(log).lines().count(), "the finished rerun's log replaces it");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("lenet5-seed1.jsonl"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.readString(log).startsWith("{\"format\":\"algoeff-rerun-log\""));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.TaskContext;

import org.algoeff.workbench.rerun.RerunListener;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Runs one cell on an executor with the same {@link RerunService} as {@code algoeff rerun}: the log is written
 * locally, then published, then the row file that marks the cell complete. A cell already complete is not rerun.
 */
final class CellTask {
    /** Spark configuration key of the test hook: the first attempt of the named cell fails after its log is out. */
    static final String FAIL_FIRST_ATTEMPT = "spark.algoeff.test.failFirstAttempt";
    /**
     * The row file, JSON despite its name: {@code .done} so that log discovery ({@code sweep-ctt}, {@code inspect})
     * over a sweep folder does not mistake it for a log.
     */
    static final String ROW_SUFFIX = ".done";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CellTask() {
    }

    static String rowFile(SweepCell cell) {
        return SweepOutput.CELLS + "/" + cell.id() + ROW_SUFFIX;
    }

    static String logFile(SweepCell cell) {
        return SweepOutput.CELLS + "/" + cell.id() + ".jsonl";
    }

    static SweepRow readRow(SweepOutput out, String relative) throws IOException {
        return JSON.readValue(out.read(relative), SweepRow.class);
    }

    /** Runs the cell unless its row file exists, and returns its row. */
    static SweepRow run(SweepCell cell, String output, String failCell) throws IOException {
        SweepOutput out = SweepOutput.open(output);
        if (out.exists(rowFile(cell))) {
            return readRow(out, rowFile(cell));
        }
        TaskContext ctx = TaskContext.get();
        int attemptNumber = ctx == null ? 0 : ctx.attemptNumber();
        String attempt = ctx == null ? "driver" : ctx.stageId() + "-" + ctx.taskAttemptId();
        Path temp = Files.createTempDirectory("algoeff-cell-");
        try {
            Path log = temp.resolve(cell.id() + ".jsonl");
            RerunResult r = new RerunService().rerun(cell.request(log), ProgressSink.NONE, RerunListener.NONE,
                    CancellationToken.NEVER);
            SweepRow row = SweepRow.of(cell, r, logFile(cell));
            out.publish(log, logFile(cell), attempt);
            if (cell.id().equals(failCell) && attemptNumber == 0) {
                // Dies between the log and the row: what a killed executor leaves. The retry must redo the cell.
                throw new IllegalStateException("injected failure of the first attempt of cell " + cell.id()
                        + " (" + FAIL_FIRST_ATTEMPT + ")");
            }
            out.write(rowFile(cell), JSON.writeValueAsString(row), attempt);
            return row;
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.algoeff.workbench.io.text.InputLimitExceeded;
import org.algoeff.workbench.io.text.LineSource;
import org.algoeff.workbench.io.text.NumberParser;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.task.CancellationToken;

/**
 * Parses one MLflow file-store metric file, lines {@code "<ms timestamp> <value> [<step>]"} (legacy files have
 * no step: step 0), and orders the points by (step, timestamp) as MLflow's UI does; lines are appended in
 * logging order but need not be sorted.
 */
final class MetricFileParser {
    private static final int CANCEL_CHECK_LINES = 8192;

    private MetricFileParser() {
    }

    static MetricSeries parse(Path file, String tag, ProblemLog problems, CancellationToken cancel)
            throws IOException {
        SeriesBuilder raw = new SeriesBuilder(tag, 256);
        NumberParser numbers = new NumberParser();
        try (LineSource lines = new LineSource(Files.newInputStream(file))) {
            while (lines.next()) {
                if (lines.lineNumber() % CANCEL_CHECK_LINES == 0) {
                    cancel.throwIfCancelled();
                }
                if (lines.overlong()) {
                    problems.error("line " + lines.lineNumber(), lines.overlongMessage());
                } else if (lines.unterminated() && lines.start() < lines.end()) {
                    // MLflow ends every line it writes: a last line without its end was cut mid-write.
                    problems.warning("line " + lines.lineNumber(), "last line is cut off (no line end): the file was "
                            + "cut while being written; line dropped");
                } else {
                    line(lines, numbers, raw, problems);
                }
            }
        } catch (InputLimitExceeded e) {
            problems.error("byte " + e.byteOffset(), e.getMessage());
        }
        return sorted(raw.build());
    }

    private static void line(LineSource lines, NumberParser numbers, SeriesBuilder out, ProblemLog problems) {
        byte[] b = lines.buffer();
        int to = lines.end();
        int[] starts = new int[3];
        int[] ends = new int[3];
        int fields = 0;
        int i = lines.start();
        while (i < to) {
            if (fields == 3) {
                fields = 4;
                break;
            }
            starts[fields] = i;
            while (i < to && b[i] != ' ') {
                i++;
            }
            ends[fields++] = i;
            while (i < to && b[i] == ' ') {
                i++;
            }
        }
        if (fields == 0) {
            return;
        }
        String where = "line " + lines.lineNumber();
        if (fields < 2 || fields > 3) {
            problems.warning(where, "expected '<timestamp> <value> [<step>]'; line skipped");
            return;
        }
        double ts = numbers.parse(b, starts[0], ends[0]);
        boolean ok = numbers.valid() && Double.isFinite(ts);
        double value = numbers.parse(b, starts[1], ends[1]);
        ok &= numbers.valid();
        double step = fields == 3 ? numbers.parse(b, starts[2], ends[2]) : 0;
        ok &= (fields == 2 || numbers.valid()) && Double.isFinite(step);
        if (!ok) {
            problems.warning(where, "unreadable number in '" + new String(b, lines.start(),
                    Math.min(to - lines.start(), 80), java.nio.charset.StandardCharsets.UTF_8) + "'; line skipped");
            return;
        }
        out.add((long) step, value, ts / 1000.0);
    }

    /** Stable sort by (step, wall time); already-sorted input (the usual case) is returned as is. */
    static MetricSeries sorted(MetricSeries s) {
        int n = s.size();
        boolean ordered = true;
        for (int i = 1; i < n && ordered; i++) {
            ordered = s.step(i - 1) < s.step(i)
                    || s.step(i - 1) == s.step(i) && !(s.wallTimeSeconds(i - 1) > s.wallTimeSeconds(i));
        }
        if (ordered) {
            return s;
        }
        Integer[] idx = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.<Integer>comparingLong(s::step).thenComparingDouble(s::wallTimeSeconds));
        long[] steps = new long[n];
        double[] values = new double[n];
        double[] walls = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = s.step(idx[i]);
            values[i] = s.value(idx[i]);
            walls[i] = s.wallTimeSeconds(idx[i]);
        }
        return new MetricSeries(s.tag(), steps, values, walls);
    }
}

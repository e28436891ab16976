// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.algoeff.workbench.io.text.LineSource;
import org.algoeff.workbench.io.text.NumberParser;
import org.algoeff.workbench.io.text.PointBudget;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.io.text.StepAxis;
import org.algoeff.workbench.io.text.Utf8;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * One pass over one CSV file: header, x column, and every numeric cell appended to its column's series.
 * Sparse rows (empty cells), {@code NA}, a header rewritten mid-file and any column order are handled.
 */
final class CsvParse {
    /** Columns holding wall time in seconds since the epoch. */
    static final Set<String> WALL_TIME_COLUMNS = Set.of("wall_time", "_timestamp");
    private static final int CANCEL_CHECK_LINES = 8192;

    private final CsvColumns columns;
    private final ProblemLog problems;
    private final String requestedX;
    private final NumberParser numbers = new NumberParser();
    private CsvSplitter splitter;
    private byte delimiter;
    private CsvColumns.Column[] current;
    private int xIndex = -1;
    private boolean xPending;
    private int wallIndex = -1;
    private long rowIndex;
    private String xName = "row index";
    private int epochOffset = -1;
    private final StepAxis.Watch axisWatch = new StepAxis.Watch();
    private final PointBudget budget;
    private boolean widthCapped;

    CsvParse(CsvColumns columns, ProblemLog problems, String requestedX, PointBudget budget) {
        this.columns = columns;
        this.problems = problems;
        this.requestedX = requestedX;
        this.budget = budget;
    }

    String xName() {
        return xName;
    }

    /** What one step of the x axis is (see {@link StepAxis#unitOf}). */
    String stepUnit() {
        return StepAxis.unitOf(xName) + (epochOffset == 1 ? " (the log's 0-based epoch + 1)" : "");
    }

    /** Warns about a constant or backward step axis; call after {@link #run}. */
    void checkAxis() {
        if (xIndex >= 0 || !xName.equals("row index")) {
            axisWatch.report(problems, xName, "--x");
        }
    }

    long rows() {
        return rowIndex;
    }

    void run(LineSource lines, long totalBytes, ProgressSink progress, CancellationToken cancel) throws IOException {
        while (lines.next()) {
            if (lines.lineNumber() % CANCEL_CHECK_LINES == 0) {
                cancel.throwIfCancelled();
                progress.progress(totalBytes > 0 ? Math.min(1.0, lines.bytesRead() / (double) totalBytes) : -1,
                        "reading " + problems.source());
            }
            byte[] b = lines.buffer();
            int from = lines.start();
            int to = lines.end();
            if (lines.overlong()) {
                problems.error("line " + lines.lineNumber(), lines.overlongMessage());
                if (current == null) {
                    problems.error("line " + lines.lineNumber(), "that line is the header: file not read");
                    return;
                }
                continue;
            }
            if (from == to) {
                continue;
            }
            if ((b[from] == 0 || b[to - 1] == 0) && zeroFilled(b, from, to, lines.lineNumber())) {
                continue;
            }
            if (current == null) {
                header(b, from, to, lines.lineNumber());
            } else if (!row(b, from, to, lines.lineNumber(), lines.unterminated())) {
                problems.error("line " + lines.lineNumber(), budget.message());
                return;
            }
        }
    }

    /** A line of NUL bytes (a crash zero-fills the tail of a file being written) is skipped with a warning. */
    private boolean zeroFilled(byte[] b, int from, int to, long lineNumber) {
        int nuls = LineSource.nulCount(b, from, to);
        problems.warning("line " + lineNumber, nuls + " NUL bytes (a file zero-filled by a crash while it was written?)"
                + "; line skipped");
        return true;
    }

    private void header(byte[] b, int from, int to, long lineNumber) {
        String text = Utf8.decodeOrNull(b, from, to);
        if (text == null) {
            problems.warning("line " + lineNumber, "header is not valid UTF-8; undecodable bytes replaced");
            text = new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (delimiter == 0) {
            delimiter = CsvSplitter.guessDelimiter(text);
            delimiter = delimiter == 0 ? (byte) ',' : delimiter;
            splitter = new CsvSplitter(delimiter);
        }
        List<String> names = CsvSplitter.splitHeader(text, delimiter);
        if (names.size() > SeriesCap.MAX_SERIES_PER_FILE) {
            problems.error("line " + lineNumber, names.size() + " columns: " + SeriesCap.message());
            names = names.subList(0, SeriesCap.MAX_SERIES_PER_FILE);
            widthCapped = true;
        }
        current = columns.forHeader(names);
        chooseAxes(names, lineNumber);
    }

    private void chooseAxes(List<String> names, long lineNumber) {
        xIndex = -1;
        xPending = false;
        if (requestedX != null) {
            xIndex = names.indexOf(requestedX);
            if (xIndex < 0 && rowIndex == 0) {
                problems.warning("line " + lineNumber, "x column '" + requestedX + "' not in header; using row index");
            }
        } else {
            xIndex = StepAxis.known(names);
            xPending = xIndex < 0;
        }
        markAxis(xIndex);
        wallIndex = -1;
        for (int i = 0; i < names.size(); i++) {
            if (WALL_TIME_COLUMNS.contains(names.get(i)) && i != xIndex) {
                wallIndex = i;
                markAxis(i);
            }
        }
    }

    private void markAxis(int index) {
        if (index >= 0) {
            current[index].kind = CsvColumns.Kind.AXIS;
            xName = index == xIndex ? current[index].name : xName;
        }
    }

    /** Adds one data row; false once the file's point budget is spent. */
    private boolean row(byte[] b, int from, int to, long lineNumber, boolean last) {
        splitter.split(b, from, to);
        if (splitter.highBytes() && !Utf8.isValid(b, from, to)) {
            problems.warning("line " + lineNumber, "invalid UTF-8; line skipped");
            return true;
        }
        int n = splitter.count();
        if (last && n < current.length) {
            problems.warning("line " + lineNumber, "last line is cut off (" + n + " of " + current.length
                    + " cells, no line end): the log was cut while being written; line dropped");
            return true;
        }
        if (last) {
            problems.warning("line " + lineNumber, "last line has no line end: the log may have been cut while being "
                    + "written, so its last value may be incomplete; kept");
        }
        if (xPending) {
            pickIntegerColumn(b, n);
        }
        long x;
        if (xIndex >= 0) {
            double xv = xIndex < n ? numbers.parse(b, splitter.start(xIndex), splitter.end(xIndex)) : Double.NaN;
            if (!numbers.valid() || !Double.isFinite(xv)) {
                if (looksLikeHeader(b, n)) {
                    header(b, from, to, lineNumber);
                } else if (LineSource.nulCount(b, from, to) > 0) {
                    problems.warning("line " + lineNumber, "NUL bytes in the line (a damaged or zero-filled file?); "
                            + "row skipped");
                } else {
                    problems.warning("line " + lineNumber, "no " + xName + " value; row skipped");
                }
                return true;
            }
            if (epochOffset < 0) {
                epochOffset = StepAxis.isEpoch(xName) && xv == 0 ? 1 : 0;
            }
            x = (long) xv + epochOffset;
            axisWatch.observe(x, lineNumber);
        } else {
            x = rowIndex;
        }
        rowIndex++;
        if (n > current.length && !widthCapped) {
            problems.warning("line " + lineNumber, n + " cells but the header has " + current.length
                    + "; extra cells ignored");
        }
        cells(b, Math.min(n, current.length), x, wallTime(b, n), lineNumber);
        return !budget.spent();
    }

    private double wallTime(byte[] b, int n) {
        if (wallIndex < 0 || wallIndex >= n) {
            return Double.NaN;
        }
        double w = numbers.parse(b, splitter.start(wallIndex), splitter.end(wallIndex));
        return numbers.valid() ? w : Double.NaN;
    }

    /** Appends the row's numeric cells; returns how many points that added. */
    private int cells(byte[] b, int n, long x, double wall, long lineNumber) {
        int added = 0;
        for (int i = 0; i < n; i++) {
            CsvColumns.Column col = current[i];
            if (col.kind == CsvColumns.Kind.AXIS || col.kind == CsvColumns.Kind.TEXT) {
                continue;
            }
            int s = splitter.start(i);
            int e = splitter.end(i);
            if (s == e || isMissing(b, s, e)) {
                continue;
            }
            double v = numbers.parse(b, s, e);
            if (numbers.valid()) {
                col.kind = CsvColumns.Kind.NUMERIC;
                if (col.add(x, v, wall, budget)) {
                    added++;
                }
            } else if (col.kind == CsvColumns.Kind.UNKNOWN) {
                col.kind = CsvColumns.Kind.TEXT;
                problems.warning("line " + lineNumber + ", column " + col.name,
                        "column is not numeric (first value '" + cellText(b, s, e) + "'); ignored");
            } else {
                problems.warning("line " + lineNumber + ", column " + col.name,
                        "'" + cellText(b, s, e) + "' is not a number; cell skipped");
            }
        }
        return added;
    }

    /**
     * Without a known step column, the x axis is the first column whose first value is a whole number and whose
     * name does not read as a metric (a loss that happens to be 0 in the first row is no step axis).
     */
    private void pickIntegerColumn(byte[] b, int n) {
        xPending = false;
        for (int i = 0; i < Math.min(n, current.length); i++) {
            if (current[i].kind == CsvColumns.Kind.AXIS || StepAxis.looksLikeMetric(current[i].name)) {
                continue;
            }
            double v = numbers.parse(b, splitter.start(i), splitter.end(i));
            if (numbers.valid() && Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15) {
                xIndex = i;
                markAxis(i);
                return;
            }
        }
    }

    private boolean looksLikeHeader(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            String cell = cellText(b, splitter.start(i), splitter.end(i));
            if (cell.equals(xName)) {
                return true;
            }
        }
        return false;
    }

    /** Keras writes "NA" for a value not logged that epoch; pandas writes an empty cell. */
    private static boolean isMissing(byte[] b, int s, int e) {
        return e - s == 2 && b[s] == 'N' && b[s + 1] == 'A';
    }

    private static String cellText(byte[] b, int s, int e) {
        return new String(b, s, Math.min(e - s, 60), StandardCharsets.UTF_8);
    }
}

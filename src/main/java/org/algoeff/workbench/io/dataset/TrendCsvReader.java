// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.algoeff.workbench.io.FileDigest;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;

/**
 * Reads a data-set CSV (one row per model: a date column and a positive quantity column) into a
 * {@link TrendDataset}. Rows with an empty date or value are skipped and counted (most Epoch AI rows
 * have no compute estimate); rows with a malformed or non-positive value are reported as problems
 * naming the file, the line and the column. Documented in {@code sample-data/README.md}.
 */
public final class TrendCsvReader {
    /** Files larger than this are refused: data sets are thousands of rows, not gigabytes. */
    public static final long MAX_FILE_BYTES = 512L << 20;
    /** Longer cells are not kept with a point (nor can they be filtered on), except a {@code caveat} cell. */
    public static final int MAX_ATTRIBUTE_CHARS = 200;

    private final String toolVersion;

    public TrendCsvReader(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public ParseResult<TrendDataset> read(Path file, ColumnChoice columns, CancellationToken cancel) throws IOException {
        String source = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A FIFO or device would block the read forever (fit and plot hung on one).
            return failed(file, Problem.error(source, "", Files.isDirectory(file) ? "a folder, not a CSV file"
                    : "not a regular file (a FIFO, device or socket): not opened"));
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return failed(file, Problem.error(source, "", "file is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MB; a data set CSV should be far smaller"));
        }
        try (Reader reader = utf8Reader(file)) {
            CsvParser csv = new CsvParser(reader);
            List<String> header = csv.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                return failed(file, Problem.error(source, "line 1", "empty file: expected a header row"));
            }
            Columns found = resolve(source, header, columns);
            if (found.problem != null) {
                return failed(file, found.problem);
            }
            return readRows(file, csv, header, found, cancel);
        } catch (MalformedInputException e) {
            return failed(file, Problem.error(source, "", "not UTF-8 text (save the CSV as UTF-8)"));
        } catch (CsvParser.CsvFormatException e) {
            return failed(file, Problem.error(source, "", e.getMessage()));
        }
    }

    /**
     * The header row, for a user choosing the date and value columns.
     *
     * @throws IOException when the file cannot be read, is not UTF-8, or its first record is not valid CSV
     */
    public static List<String> header(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file (a FIFO, device or socket): not opened");
        }
        try (Reader reader = utf8Reader(file)) {
            List<String> header = new CsvParser(reader).next();
            return header == null ? List.of() : List.copyOf(header);
        } catch (MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text (save the CSV as UTF-8)", e);
        } catch (CsvParser.CsvFormatException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a CSV header names a date column and a compute column, as a data set of models has (Epoch AI's
     * "Publication date" and "Training compute (FLOP)"); a training log has neither. The one rule by which the
     * loader tells a data-set CSV from a CSV training log, in a dropped folder as for a single file.
     */
    public static boolean isDatasetHeader(List<String> header) {
        ColumnResolver resolver = new ColumnResolver(header);
        return resolver.dateColumn().isPresent() && resolver.valueColumn().isPresent();
    }

    /** Whether a file is a CSV whose header names a date and a compute column ({@link #isDatasetHeader}). */
    public static boolean isDatasetFile(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        try {
            return isDatasetHeader(header(file));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Reader utf8Reader(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16);
    }

    private ParseResult<TrendDataset> readRows(Path file, CsvParser csv, List<String> header, Columns c,
                                               CancellationToken cancel) throws IOException {
        String source = file.toString();
        List<TrendPoint> points = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int skippedEmpty = 0;
        int row = 0;
        for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
            cancel.throwIfCancelled();
            row++;
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            String where = "line " + csv.recordStartLine();
            String dateText = cell(cells, c.date);
            String valueText = cell(cells, c.value);
            if (dateText.isEmpty() || valueText.isEmpty()) {
                skippedEmpty++;
                continue;
            }
            Optional<LocalDate> date = FlexibleDate.parse(dateText);
            if (date.isEmpty()) {
                problems.add(Problem.error(source, where + ", column " + header.get(c.date),
                        "'" + dateText + "' is not a date (use YYYY-MM-DD)"));
                continue;
            }
            double value = parseValue(valueText);
            if (!(value > 0) || !Double.isFinite(value)) {
                problems.add(Problem.error(source, where + ", column " + header.get(c.value),
                        "'" + valueText + "' is not a positive number"));
                continue;
            }
            String label = c.label >= 0 && !cell(cells, c.label).isEmpty() ? cell(cells, c.label) : "row " + row;
            points.add(new TrendPoint(label, date.get(), value, attributes(header, cells)));
        }
        if (skippedEmpty > 0) {
            problems.add(Problem.warning(source, "", skippedEmpty + " rows without a "
                    + header.get(c.date) + " or " + header.get(c.value) + " value were skipped"));
        }
        if (points.isEmpty()) {
            problems.add(Problem.error(source, "", "no row has both a date and a positive " + header.get(c.value)));
        }
        return new ParseResult<>(dataset(file, header, c, points), problems);
    }

    private TrendDataset dataset(Path file, List<String> header, Columns c, List<TrendPoint> points) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("dateColumn", header.get(c.date));
        parameters.put("valueColumn", header.get(c.value));
        if (c.label >= 0) {
            parameters.put("labelColumn", header.get(c.label));
        }
        Provenance provenance = new Provenance(List.of(new SourceFile(file.toString(), FileDigest.sha256(file))),
                parameters, toolVersion, Instant.now());
        return new TrendDataset(datasetName(file), header.get(c.value), points, provenance, header);
    }

    private static String datasetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private ParseResult<TrendDataset> failed(Path file, Problem problem) {
        Provenance provenance = new Provenance(List.of(new SourceFile(file.toString(), "")), Map.of(), toolVersion,
                Instant.now());
        return new ParseResult<>(new TrendDataset(datasetName(file), "", List.of(), provenance), List.of(problem));
    }

    private static Columns resolve(String source, List<String> header, ColumnChoice choice) {
        ColumnResolver resolver = new ColumnResolver(header);
        OptionalInt date = choice.dateColumn() != null ? resolver.named(choice.dateColumn()) : resolver.dateColumn();
        OptionalInt value = choice.valueColumn() != null ? resolver.named(choice.valueColumn()) : resolver.valueColumn();
        OptionalInt label = choice.labelColumn() != null ? resolver.named(choice.labelColumn()) : resolver.labelColumn();
        String columns = "columns are: " + String.join(", ", header);
        if (date.isEmpty()) {
            String what = choice.dateColumn() != null ? "no column named '" + choice.dateColumn() + "'"
                    : "no date column found (give one with --date-col)";
            return new Columns(Problem.error(source, "line 1", what + "; " + columns));
        }
        if (value.isEmpty()) {
            String what = choice.valueColumn() != null ? "no column named '" + choice.valueColumn() + "'"
                    : "no compute column found (give one with --value-col)";
            return new Columns(Problem.error(source, "line 1", what + "; " + columns));
        }
        if (choice.labelColumn() != null && label.isEmpty()) {
            return new Columns(Problem.error(source, "line 1", "no column named '" + choice.labelColumn() + "'; "
                    + columns));
        }
        return new Columns(date.getAsInt(), value.getAsInt(), label.orElse(-1));
    }

    private static double parseValue(String text) {
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private static Map<String, String> attributes(List<String> header, List<String> cells) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            // Long free-text cells (Epoch abstracts) would bloat every point; keep the short facts, and a caveat
            // whatever its length (every fit using the row reports it).
            boolean keep = cells.get(i).length() <= MAX_ATTRIBUTE_CHARS
                    || header.get(i).strip().equalsIgnoreCase(TrendPoint.CAVEAT);
            if (!cells.get(i).isEmpty() && keep && !header.get(i).isEmpty()) {
                attributes.putIfAbsent(header.get(i), cells.get(i));
            }
        }
        return attributes;
    }

    /** Column indexes, or the problem that prevents reading. */
    private record Columns(int date, int value, int label, Problem problem) {
        Columns(int date, int value, int label) {
            this(date, value, label, null);
        }

        Columns(Problem problem) {
            this(-1, -1, -1, problem);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.algoeff.workbench.io.FileDigest;
import org.algoeff.workbench.io.dataset.CsvParser;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/**
 * Turns a sweep's output folder ({@code algoeff sweep --out DIR}) into trend data sets, one per data set and target:
 * per recipe, the median compute-to-target over its seeds at 1 July of the recipe's year, with the spread across
 * seeds in the point's attributes {@link TrendPoint#SPREAD_LOW}, {@link TrendPoint#SPREAD_HIGH}, {@code seeds} and {@code reached} (for error bars).
 * A seed that missed the target counts as infinite, as in {@code algoeff rerun}: a recipe whose median is infinite
 * has no point, and a warning says so. Reads only {@code summary.csv}; needs no Spark.
 */
public final class SweepSummaryReader {
    /** The summary file inside a sweep folder. */
    public static final String SUMMARY = "summary.csv";
    /** The grid file inside a sweep folder. */
    public static final String MANIFEST = "sweep.json";

    /** The reader's name in a data set's provenance ({@code reader}). */
    static final String READER = "sweep-summary";

    /** Whether a data set was read from a sweep's summary by this reader. */
    public static boolean isSweepDataset(TrendDataset dataset) {
        return READER.equals(dataset.provenance().parameters().get("reader"));
    }

    /** Whether {@code dir} is a sweep's output folder (it has both the grid file and the summary table). */
    public static boolean isSweepFolder(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(MANIFEST))
                && Files.isRegularFile(dir.resolve(SUMMARY));
    }

    /**
     * Reads the folder's summary; problems name the file and line. A damaged table keeps the rows before the damage.
     *
     * @throws IOException when the summary cannot be opened at all
     */
    public ParseResult<List<TrendDataset>> read(Path dir) throws IOException {
        Path file = dir.resolve(SUMMARY);
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, List<Double>>> groups = new LinkedHashMap<>();
        // Bytes that are not UTF-8 become U+FFFD, so that only the lines holding them are lost (add() skips them).
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
            CsvParser csv = new CsvParser(in);
            List<String> header = csv.next();
            if (header == null) {
                problems.add(Problem.error(file.toString(), "line 1", "empty summary table"));
                return new ParseResult<>(List.of(), problems);
            }
            for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                add(header, cells, "line " + csv.recordStartLine(), file, groups, problems);
            }
        } catch (CsvParser.CsvFormatException e) {
            problems.add(Problem.error(file.toString(), "", e.getMessage() + "; rows before it kept"));
        }
        List<TrendDataset> sets = new ArrayList<>();
        Provenance provenance = new Provenance(List.of(new SourceFile(file.toString(), FileDigest.sha256(file))),
                Map.of("reader", READER, "statistic", "median over seeds; missed seeds count as infinite"),
                "algoeff", Instant.now());
        for (var g : groups.entrySet()) {
            sets.add(dataset(dir, g.getKey(), g.getValue(), provenance, file, problems));
        }
        return new ParseResult<>(sets, problems);
    }

    /** Files one row's compute-to-target under "dataset|target", then "recipe|year"; a missed seed is +infinity. */
    private static void add(List<String> header, List<String> cells, String where, Path file,
                            Map<String, Map<String, List<Double>>> groups, List<Problem> problems) {
        if (cells.size() == 1 && cells.get(0).isBlank()) {
            return;
        }
        if (cells.stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0)) {
            problems.add(Problem.warning(file.toString(), where, "not UTF-8 text; line skipped"));
            return;
        }
        if (cells.size() != header.size()) {
            problems.add(Problem.warning(file.toString(), where, "expected " + header.size() + " fields, found "
                    + cells.size() + "; line skipped"));
            return;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), cells.get(c));
        }
        double ctt;
        try {
            Integer.parseInt(row.get("year"));
            ctt = Boolean.parseBoolean(row.get("reached")) ? Double.parseDouble(row.get("compute_to_target"))
                    : Double.POSITIVE_INFINITY;
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(Problem.warning(file.toString(), where, "not a number in year or compute_to_target; "
                    + "line skipped"));
            return;
        }
        groups.computeIfAbsent(row.get("dataset") + "|" + row.get("target"), g -> new LinkedHashMap<>())
                .computeIfAbsent(row.get("recipe") + "|" + row.get("year"), r -> new ArrayList<>()).add(ctt);
    }

    private static TrendDataset dataset(Path dir, String key, Map<String, List<Double>> recipes, Provenance prov,
            Path file, List<Problem> problems) {
        String[] k = key.split("\\|", 2);
        List<TrendPoint> points = new ArrayList<>();
        for (var e : recipes.entrySet()) {
            String[] r = e.getKey().split("\\|", 2);
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            double[] finite = Arrays.stream(v).filter(Double::isFinite).toArray();
            if (!Double.isFinite(median) || !(median > 0)) {
                problems.add(Problem.warning(file.toString(), "target " + k[1] + ", " + r[0], "only " + finite.length
                        + " of " + n + " seeds reached the target; no median compute-to-target, recipe left out"));
                continue;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("recipe", r[0]);
            attrs.put(TrendPoint.SPREAD_LOW, fmt(finite[0]));
            attrs.put(TrendPoint.SPREAD_HIGH, fmt(finite[finite.length - 1]));
            attrs.put("seeds", Integer.toString(n));
            attrs.put("reached", Integer.toString(finite.length));
            points.add(new TrendPoint(r[0], RecipeYear.date(Integer.parseInt(r[1])), median, attrs));
        }
        String name = "sweep " + dir.getFileName() + ": " + Path.of(k[0]).getFileName() + ", target " + k[1];
        return new TrendDataset(name, "training compute to " + k[1] + " test accuracy (FLOP)", points, prov);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.algoeff.workbench.io.FileDigest;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Provenance;
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

    /** Whether {@code dir} is a sweep's output folder (it has both the grid file and the summary table). */
    public static boolean isSweepFolder(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(MANIFEST))
                && Files.isRegularFile(dir.resolve(SUMMARY));
    }

    /** Reads the folder's summary; problems name the file and line. */
    public ParseResult<List<TrendDataset>> read(Path dir) throws IOException {
        Path file = dir.resolve(SUMMARY);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add(Problem.error(file.toString(), "line 1", "empty summary table"));
            return new ParseResult<>(List.of(), problems);
        }
        Map<String, Map<String, List<double[]>>> groups = group(lines, file, problems);
        List<TrendDataset> sets = new ArrayList<>();
        Provenance provenance = new Provenance(List.of(new SourceFile(file.toString(), FileDigest.sha256(file))),
                Map.of("reader", "sweep-summary", "statistic", "median over seeds; missed seeds count as infinite"),
                "algoeff", Instant.now());
        for (var g : groups.entrySet()) {
            sets.add(dataset(dir, g.getKey(), g.getValue(), provenance, file, problems));
        }
        return new ParseResult<>(sets, problems);
    }

    /** Compute-to-target values by "dataset|target", then by "recipe|year"; a missed seed is +infinity. */
    private static Map<String, Map<String, List<double[]>>> group(List<String> lines, Path file,
            List<Problem> problems) {
        List<String> header = split(lines.get(0));
        Map<String, Map<String, List<double[]>>> groups = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i));
            if (cells.size() != header.size()) {
                problems.add(Problem.warning(file.toString(), "line " + (i + 1), "expected " + header.size()
                        + " fields, found " + cells.size() + "; line skipped"));
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            String group = row.get("dataset") + "|" + row.get("target");
            String recipe = row.get("recipe") + "|" + row.get("year");
            double ctt;
            try {
                Integer.parseInt(row.get("year"));
                ctt = Boolean.parseBoolean(row.get("reached")) ? Double.parseDouble(row.get("compute_to_target"))
                        : Double.POSITIVE_INFINITY;
            } catch (NumberFormatException | NullPointerException e) {
                problems.add(Problem.warning(file.toString(), "line " + (i + 1), "not a number in year or "
                        + "compute_to_target; line skipped"));
                continue;
            }
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(recipe, r -> new ArrayList<>())
                    .add(new double[] {ctt});
        }
        return groups;
    }

    private static TrendDataset dataset(Path dir, String key, Map<String, List<double[]>> recipes, Provenance prov,
            Path file, List<Problem> problems) {
        String[] k = key.split("\\|", 2);
        List<TrendPoint> points = new ArrayList<>();
        for (var e : recipes.entrySet()) {
            String[] r = e.getKey().split("\\|", 2);
            double[] v = e.getValue().stream().mapToDouble(a -> a[0]).sorted().toArray();
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
            points.add(new TrendPoint(r[0], LocalDate.of(Integer.parseInt(r[1]), 7, 1), median, attrs));
        }
        String name = "sweep " + dir.getFileName() + ": " + Path.of(k[0]).getFileName() + ", target " + k[1];
        return new TrendDataset(name, "training compute to " + k[1] + " test accuracy (FLOP)", points, prov);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    /** Splits one RFC 4180 line (quoted fields may hold commas and doubled quotes). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sqlite.SQLiteConfig;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads the MLflow SQL store in SQLite ({@code mlflow.db}), opened read-only: one run per row of {@code runs},
 * series from {@code metrics} ordered by (step, timestamp), params and tags as metadata. MLflow stores NaN as
 * {@code is_nan = 1} and infinities as +/-{@link Double#MAX_VALUE}; both are mapped back. Thread-safe.
 */
public final class MlflowSqliteReader implements LogReader {
    /** Format id of an MLflow SQLite database. */
    public static final String FORMAT_ID = "mlflow-sqlite";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int CANCEL_CHECK_ROWS = 8192;

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (head.length < SQLITE_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (head[i] != SQLITE_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties())) {
            Set<String> tables = tables(c);
            if (!tables.containsAll(List.of("runs", "metrics"))) {
                return error(file, "SQLite database without MLflow's runs and metrics tables");
            }
            Map<String, RunRow> runs = runs(c, tables.contains("experiments"));
            keyValues(c, tables.contains("params") ? "params" : null, "param.", runs);
            keyValues(c, tables.contains("tags") ? "tags" : null, "tag.", runs);
            metrics(c, runs, progress, cancel);
            List<Run> out = new ArrayList<>();
            for (RunRow r : runs.values()) {
                String name = r.metadata.getOrDefault("tag.mlflow.runName", r.name == null || r.name.isBlank()
                        ? r.uuid : r.name);
                List<MetricSeries> series = r.series.values().stream().map(SeriesBuilder::build).toList();
                out.add(new Run(name, FORMAT_ID, file.toString(), r.uuid,
                        MlflowLayout.startDate(r.metadata.get("mlflow.start_time")), series, r.metadata));
            }
            return ParseResult.of(out);
        } catch (SQLException e) {
            return error(file, "not a readable MLflow SQLite database (" + e.getMessage() + ")");
        }
    }

    private static ParseResult<List<Run>> error(Path file, String message) {
        return new ParseResult<>(List.of(), List.of(Problem.error(file.toString(), "", message)));
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** One run as it is being assembled. */
    private static final class RunRow {
        final String uuid;
        final String name;
        final Map<String, String> metadata = new LinkedHashMap<>();
        final Map<String, SeriesBuilder> series = new LinkedHashMap<>();

        RunRow(String uuid, String name) {
            this.uuid = uuid;
            this.name = name;
        }
    }

    private static Map<String, RunRow> runs(Connection c, boolean hasExperiments) throws SQLException {
        String sql = hasExperiments
                ? "SELECT r.run_uuid, r.name, r.status, r.start_time, r.lifecycle_stage, e.name, r.experiment_id "
                    + "FROM runs r LEFT JOIN experiments e ON r.experiment_id = e.experiment_id "
                    + "ORDER BY r.start_time, r.run_uuid"
                : "SELECT run_uuid, name, status, start_time, lifecycle_stage, NULL, experiment_id FROM runs "
                    + "ORDER BY start_time, run_uuid";
        Map<String, RunRow> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                RunRow r = new RunRow(rs.getString(1), rs.getString(2));
                r.metadata.put("mlflow.run_id", r.uuid);
                put(r.metadata, "mlflow.status", rs.getString(3));
                put(r.metadata, "mlflow.start_time", rs.getString(4));
                put(r.metadata, "mlflow.lifecycle_stage", rs.getString(5));
                put(r.metadata, "mlflow.experiment", rs.getString(6));
                put(r.metadata, "mlflow.experiment_id", rs.getString(7));
                out.put(r.uuid, r);
            }
        }
        return out;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void keyValues(Connection c, String table, String prefix, Map<String, RunRow> runs)
            throws SQLException {
        if (table == null) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT run_uuid, key, value FROM " + table
                + " ORDER BY run_uuid, key"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                RunRow r = runs.get(rs.getString(1));
                if (r != null && rs.getString(3) != null) {
                    r.metadata.put(prefix + rs.getString(2), rs.getString(3));
                }
            }
        }
    }

    private static void metrics(Connection c, Map<String, RunRow> runs, ProgressSink progress,
            CancellationToken cancel) throws SQLException {
        String sql = "SELECT run_uuid, key, value, timestamp, step, is_nan FROM metrics "
                + "ORDER BY run_uuid, key, step, timestamp";
        long rows = 0;
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (++rows % CANCEL_CHECK_ROWS == 0) {
                    cancel.throwIfCancelled();
                    progress.progress(-1, rows + " metric rows read");
                }
                RunRow r = runs.get(rs.getString(1));
                if (r == null) {
                    continue;
                }
                double value = rs.getBoolean(6) ? Double.NaN : unclamp(rs.getDouble(3));
                r.series.computeIfAbsent(rs.getString(2), SeriesBuilder::new)
                        .add(rs.getLong(5), value, rs.getLong(4) / 1000.0);
            }
        }
    }

    /** MLflow clamps infinities to +/-Double.MAX_VALUE when storing; its UI maps them back, and so do we. */
    private static double unclamp(double v) {
        if (v == Double.MAX_VALUE) {
            return Double.POSITIVE_INFINITY;
        }
        return v == -Double.MAX_VALUE ? Double.NEGATIVE_INFINITY : v;
    }
}

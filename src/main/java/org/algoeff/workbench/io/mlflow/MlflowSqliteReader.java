// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads the MLflow SQL store in SQLite ({@code mlflow.db}), opened through {@link SafeSqlite}: one run per row of
 * {@code runs} (its id, the run uuid, tells same-named runs apart), series from {@code metrics} ordered by
 * (step, timestamp), params and tags as metadata. MLflow stores NaN as {@code is_nan = 1} ({@code isnan} in old
 * schemas) and infinities as +/-{@link Double#MAX_VALUE}; both are mapped back. Damage loses only what it covers:
 * rows are read in storage order and sorted per series afterwards (a global ORDER BY fails whole on one bad page),
 * a row without run or key is skipped and counted, and SQLite errors become problems. Tables with generated columns
 * are refused. Thread-safe.
 */
public final class MlflowSqliteReader implements LogReader {
    /** Format id of an MLflow SQLite database. */
    public static final String FORMAT_ID = "mlflow-sqlite";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_METRIC_COLUMNS = List.of("key", "value", "run_uuid");

    private final long maxReadMillis;

    public MlflowSqliteReader() {
        this(SafeSqlite.MAX_READ_MILLIS);
    }

    /** @param maxReadMillis time limit of one database read (fuzzing uses a short one) */
    public MlflowSqliteReader(long maxReadMillis) {
        this.maxReadMillis = maxReadMillis;
    }

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
        ProblemLog problems = new ProblemLog(file.toString());
        Map<String, RunRow> runs = new LinkedHashMap<>();
        try (SafeSqlite db = SafeSqlite.open(file, cancel, maxReadMillis)) {
            try {
                readAll(db, runs, problems, progress, cancel);
            } catch (SQLException e) {
                if (cancel.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                problems.error("", describe(db, e) + "; what was read before it is kept");
            }
        } catch (SQLException e) {
            problems.error("", "not a readable SQLite database (" + e.getMessage() + ")");
        }
        return new ParseResult<>(toRuns(file, runs), problems.toList());
    }

    private static String describe(SafeSqlite db, SQLException e) {
        if (db.stopReason() != null) {
            return "reading stopped: " + db.stopReason();
        }
        return "SQLite error (" + e.getMessage() + ")";
    }

    private static void readAll(SafeSqlite db, Map<String, RunRow> runs, ProblemLog problems, ProgressSink progress,
            CancellationToken cancel) throws SQLException {
        Set<String> tables = tables(db);
        if (!tables.containsAll(List.of("runs", "metrics"))) {
            problems.error("", "SQLite database without MLflow's runs and metrics tables");
            return;
        }
        Map<String, Boolean> metricColumns = db.columns("metrics");
        for (String table : List.of("runs", "metrics", "params", "tags", "experiments")) {
            if (tables.contains(table) && db.columns(table).containsValue(true)) {
                problems.error("table " + table, "has generated columns, which SQLite computes on every read (an "
                        + "MLflow database has none): database refused");
                return;
            }
        }
        for (String required : REQUIRED_METRIC_COLUMNS) {
            if (!metricColumns.containsKey(required)) {
                problems.error("table metrics", "no column '" + required + "': not an MLflow metrics table");
                return;
            }
        }
        runs(db, runs, tables.contains("experiments"), problems);
        keyValues(db, tables.contains("params") ? "params" : null, "param.", runs);
        keyValues(db, tables.contains("tags") ? "tags" : null, "tag.", runs);
        MlflowSqliteMetrics.read(db, metricColumns.keySet(), runs, problems, progress, cancel);
    }

    private static List<Run> toRuns(Path file, Map<String, RunRow> runs) {
        List<Run> out = new ArrayList<>();
        for (RunRow r : runs.values()) {
            String name = r.metadata.getOrDefault("tag.mlflow.runName", r.name == null || r.name.isBlank()
                    ? r.uuid : r.name);
            List<MetricSeries> series = r.series.values().stream()
                    .map(b -> MetricFileParser.sorted(b.build())).toList();
            out.add(new Run(name, FORMAT_ID, file.toString(), r.uuid,
                    MlflowLayout.startDate(r.metadata.get("mlflow.start_time")), series, r.metadata));
        }
        return out;
    }

    private static Set<String> tables(SafeSqlite db) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement st = db.connection().prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table'"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** One run as it is being assembled. */
    static final class RunRow {
        final String uuid;
        final String name;
        final Map<String, String> metadata = new LinkedHashMap<>();
        final Map<String, SeriesBuilder> series = new LinkedHashMap<>();

        RunRow(String uuid, String name) {
            this.uuid = uuid;
            this.name = name;
        }
    }

    private static void runs(SafeSqlite db, Map<String, RunRow> out, boolean hasExperiments, ProblemLog problems)
            throws SQLException {
        Set<String> cols = db.columns("runs").keySet();
        String sql = "SELECT r.run_uuid, " + col(cols, "name") + ", " + col(cols, "status") + ", "
                + col(cols, "start_time") + ", " + col(cols, "lifecycle_stage") + ", "
                + (hasExperiments && cols.contains("experiment_id") ? "e.name" : "NULL") + ", "
                + col(cols, "experiment_id") + " FROM runs r"
                + (hasExperiments && cols.contains("experiment_id")
                    ? " LEFT JOIN experiments e ON r.experiment_id = e.experiment_id" : "");
        long skipped = 0;
        try (PreparedStatement st = db.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String uuid = rs.getString(1);
                if (uuid == null || uuid.isBlank()) {
                    skipped++;
                    continue;
                }
                RunRow r = new RunRow(uuid, rs.getString(2));
                r.metadata.put("mlflow.run_id", uuid);
                put(r.metadata, "mlflow.status", rs.getString(3));
                put(r.metadata, "mlflow.start_time", rs.getString(4));
                put(r.metadata, "mlflow.lifecycle_stage", rs.getString(5));
                put(r.metadata, "mlflow.experiment", rs.getString(6));
                put(r.metadata, "mlflow.experiment_id", rs.getString(7));
                out.putIfAbsent(uuid, r);
            }
        } finally {
            if (skipped > 0) {
                problems.warning("table runs", skipped + " rows without a run_uuid skipped");
            }
        }
        // MLflow lists runs by start time; storage order is insertion order, which is the same for MLflow itself.
        List<RunRow> ordered = new ArrayList<>(out.values());
        ordered.sort((a, b) -> Long.compare(startMillis(a), startMillis(b)));
        out.clear();
        ordered.forEach(r -> out.put(r.uuid, r));
    }

    private static long startMillis(RunRow r) {
        try {
            return Long.parseLong(r.metadata.getOrDefault("mlflow.start_time", "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code r.<name>} when the column exists, else NULL: old and new schemas differ in their columns. */
    static String col(Set<String> columns, String name) {
        return columns.contains(name) ? "r." + name : "NULL";
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void keyValues(SafeSqlite db, String table, String prefix, Map<String, RunRow> runs)
            throws SQLException {
        if (table == null) {
            return;
        }
        try (PreparedStatement st = db.connection().prepareStatement("SELECT run_uuid, key, value FROM " + table);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                RunRow r = runs.get(rs.getString(1));
                String key = rs.getString(2);
                if (r != null && key != null && rs.getString(3) != null
                        && r.metadata.size() < SeriesCap.MAX_SERIES_PER_FILE) {
                    r.metadata.put(prefix + key, rs.getString(3));
                }
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The {@code metrics} rows of an MLflow SQLite store, read in storage order (no ORDER BY: a sort needs every page
 * before it returns a row, so one damaged page lost all of them: R11) into per-run, per-key series that
 * {@link MlflowSqliteReader} sorts afterwards.
 */
final class MlflowSqliteMetrics {
    private static final int CANCEL_CHECK_ROWS = 8192;

    private MlflowSqliteMetrics() {
    }

    static void read(SafeSqlite db, Set<String> columns, Map<String, MlflowSqliteReader.RunRow> runs,
            ProblemLog problems, ProgressSink progress, CancellationToken cancel) throws SQLException {
        String isNan = columns.contains("is_nan") ? "is_nan" : columns.contains("isnan") ? "isnan" : "0";
        String sql = "SELECT run_uuid, key, value, " + (columns.contains("timestamp") ? "timestamp" : "NULL") + ", "
                + (columns.contains("step") ? "step" : "0") + ", " + isNan + " FROM metrics";
        long rows = 0;
        long incomplete = 0;
        long unknownRun = 0;
        int series = 0;
        boolean capped = false;
        try (PreparedStatement st = db.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (++rows % CANCEL_CHECK_ROWS == 0) {
                    cancel.throwIfCancelled();
                    progress.progress(-1, rows + " metric rows read");
                }
                String uuid = rs.getString(1);
                String key = rs.getString(2);
                if (uuid == null || key == null || rs.getObject(3) == null) {
                    incomplete++;
                    continue;
                }
                MlflowSqliteReader.RunRow r = runs.get(uuid);
                if (r == null) {
                    // A damaged runs table must not lose the metrics: the run is known by its id alone.
                    unknownRun++;
                    r = new MlflowSqliteReader.RunRow(uuid, null);
                    r.metadata.put("mlflow.run_id", uuid);
                    runs.put(uuid, r);
                }
                SeriesBuilder b = r.series.get(key);
                if (b == null) {
                    if (series >= SeriesCap.MAX_SERIES_PER_FILE) {
                        capped = true;
                        continue;
                    }
                    series++;
                    b = new SeriesBuilder(key);
                    r.series.put(key, b);
                }
                double value = rs.getBoolean(6) ? Double.NaN : unclamp(rs.getDouble(3));
                b.add(rs.getLong(5), value, rs.getObject(4) == null ? Double.NaN : rs.getLong(4) / 1000.0);
            }
        } finally {
            report(problems, incomplete, unknownRun, capped);
        }
    }

    private static void report(ProblemLog problems, long incomplete, long unknownRun, boolean capped) {
        if (incomplete > 0) {
            problems.warning("table metrics", incomplete + " rows without run, key or value skipped");
        }
        if (unknownRun > 0) {
            problems.warning("table metrics", unknownRun + " runs have metrics but no row in the runs table (damaged?)"
                    + "; read with their run id as name");
        }
        if (capped) {
            problems.error("table metrics", SeriesCap.message());
        }
    }

    /** MLflow clamps infinities to +/-Double.MAX_VALUE when storing; its UI maps them back, and so do we. */
    static double unclamp(double v) {
        if (v == Double.MAX_VALUE) {
            return Double.POSITIVE_INFINITY;
        }
        return v == -Double.MAX_VALUE ? Double.NEGATIVE_INFINITY : v;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;
import org.sqlite.SQLiteOpenMode;

import org.algoeff.workbench.task.CancellationToken;

/**
 * Opens a SQLite file that someone else wrote as safely as the driver allows (docs/adr/sqlite-untrusted-files.md):
 * read-only through a {@code file:} URI whose path is percent-encoded (so a {@code ?} in the file name is part of the
 * name, never driver options or pragmas: R12), extensions off, {@code trusted_schema} off, page checks on, values
 * longer than {@link #MAX_VALUE_BYTES} refused by SQLite itself, and every statement stopped once the read has run
 * {@link #MAX_READ_MILLIS} or the user cancels. Generated columns are found before any row is read, so that
 * {@link MlflowSqliteReader} can refuse them: SQLite computes them on read (R4).
 */
final class SafeSqlite implements AutoCloseable {
    /** Longest string or blob SQLite may build while we read (1 MiB; MLflow values are at most 8000 chars). */
    static final int MAX_VALUE_BYTES = 1 << 20;
    /** Longest a whole database read may take (5 minutes: a 10 GB store reads in about a minute). */
    static final long MAX_READ_MILLIS = 5 * 60_000L;
    /** Virtual-machine instructions between two checks of the clock and the cancel token. */
    private static final int PROGRESS_EVERY_OPS = 100_000;

    private final Connection connection;
    private final long deadlineMillis;
    private volatile String stopReason;

    private SafeSqlite(Connection connection, long deadlineMillis) {
        this.connection = connection;
        this.deadlineMillis = deadlineMillis;
    }

    /** The connection URL of a file: its absolute path percent-encoded in a {@code file:} URI, read-only. */
    static String url(Path file) {
        return "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro";
    }

    static SafeSqlite open(Path file, CancellationToken cancel, long maxMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.enableLoadExtension(false);
        Connection c = DriverManager.getConnection(url(file), config.toProperties());
        SafeSqlite db = new SafeSqlite(c, System.currentTimeMillis() + maxMillis);
        try {
            c.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA trusted_schema = OFF");
                st.execute("PRAGMA cell_size_check = ON");
                st.execute("PRAGMA query_only = ON");
            }
            ProgressHandler.setHandler(c, PROGRESS_EVERY_OPS, new ProgressHandler() {
                @Override
                protected int progress() {
                    return db.shouldStop(cancel) ? 1 : 0;
                }
            });
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return db;
    }

    private boolean shouldStop(CancellationToken cancel) {
        if (cancel.isCancelled()) {
            stopReason = "cancelled";
        } else if (System.currentTimeMillis() > deadlineMillis) {
            stopReason = "the read took longer than " + (MAX_READ_MILLIS / 1000) + " s (MAX_READ_MILLIS)";
        }
        return stopReason != null;
    }

    /** Why SQLite was interrupted, or null when it was not. */
    String stopReason() {
        return stopReason;
    }

    Connection connection() {
        return connection;
    }

    /** Columns of a table by name, with whether each is generated (computed on read). */
    Map<String, Boolean> columns(String table) throws SQLException {
        Map<String, Boolean> out = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT name, hidden FROM pragma_table_xinfo(?)")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int hidden = rs.getInt(2);
                    out.put(rs.getString(1), hidden == 2 || hidden == 3);
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.cli.CliRun;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** R4, R11, R12 and same-named runs: an mlflow.db from elsewhere is read safely, in part where damaged. */
class MlflowSqliteSafetyTest {
    private static final String REPRO = "/org/algoeff/workbench/io/reliability/";

    @TempDir
    Path dir;

    private static Path repro(String name) throws URISyntaxException {
        return Path.of(MlflowSqliteSafetyTest.class.getResource(REPRO + name).toURI());
    }

    private static ParseResult<List<Run>> read(Path db) throws IOException {
        return new MlflowSqliteReader().read(db, ProgressSink.NONE, CancellationToken.NEVER);
    }

    private static String describe(ParseResult<List<Run>> r) {
        return r.problems().stream().map(Problem::describe).toList().toString();
    }

    /** An MLflow store with {@code runs} runs named {@code name}, {@code rows} metric rows each. */
    static Path store(Path target, String name, int runs, int rows, boolean oldIsnan) throws SQLException,
            IOException {
        // Written under a plain name: the driver would take a '?' in the name as options (what R12 is about).
        Path db = target.resolveSibling("writing-" + System.nanoTime() + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String ddl : MlflowSchema.TABLES) {
                st.execute(oldIsnan ? ddl.replace("is_nan", "isnan") : ddl);
            }
            st.execute("INSERT INTO experiments VALUES (0, 'Default', 'a', 'active', 1, 1)");
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("INSERT INTO runs (run_uuid, name, status, start_time, "
                    + "lifecycle_stage, experiment_id) VALUES (?, ?, 'FINISHED', ?, 'active', 0)");
                    PreparedStatement m = c.prepareStatement("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int r = 0; r < runs; r++) {
                    String id = String.format("%032x", 0xabc000 + r);
                    run.setString(1, id);
                    run.setString(2, name);
                    run.setLong(3, 1_690_000_000_000L + r);
                    run.executeUpdate();
                    for (int step = 0; step < rows; step++) {
                        m.setString(1, "loss");
                        m.setDouble(2, step == 3 ? 0 : 1.0 / (step + 1 + r));
                        m.setLong(3, 1_690_000_000_000L + step);
                        m.setString(4, id);
                        m.setLong(5, step);
                        m.setBoolean(6, step == 3);
                        m.addBatch();
                    }
                    m.executeBatch();
                }
            }
            c.commit();
        }
        return Files.move(db, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void r4GeneratedColumnsAreRefusedBeforeAnyRowIsComputed() throws Exception {
        for (String name : List.of("sqlite-generated-column/gencpu.db", "sqlite-generated-column/genbomb-key.db")) {
            ParseResult<List<Run>> r = read(repro(name));
            assertTrue(r.value().isEmpty(), name);
            assertTrue(r.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR
                    && p.message().contains("generated columns")), name + ": " + describe(r));
        }
    }

    @Test
    void r4ViewsAndTriggersAreNeverRun() throws Exception {
        ParseResult<List<Run>> r = read(repro("sqlite-generated-column/triggers-views.db"));
        assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("Exception")), describe(r));
    }

    @Test
    void aStatementPastTheTimeLimitIsStoppedWithTheReason() throws Exception {
        Path db = store(dir.resolve("mlflow.db"), "r", 1, 3, false);
        try (SafeSqlite s = SafeSqlite.open(db, CancellationToken.NEVER, 200);
                Statement st = s.connection().createStatement()) {
            long start = System.nanoTime();
            assertThrows(SQLException.class, () -> st.executeQuery(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"));
            assertTrue(s.stopReason().contains("longer than"), s.stopReason());
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped, not run to the end");
        }
    }

    @Test
    void aValueLongerThanTheLimitIsRefusedBySqlite() throws Exception {
        Path db = store(dir.resolve("mlflow.db"), "r", 1, 3, false);
        try (SafeSqlite s = SafeSqlite.open(db, CancellationToken.NEVER, 60_000);
                Statement st = s.connection().createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> {
                try (ResultSet rs = st.executeQuery("SELECT length(zeroblob(5000000))")) {
                    rs.next();
                }
            });
            assertTrue(e.getMessage().contains("too big"), e.getMessage());
            // printf past the limit (genbomb-key.db's 900 MB key) gives NULL instead of the string.
            try (ResultSet rs = st.executeQuery("SELECT length(printf('%.*c', 900000000, 'k'))")) {
                rs.next();
                assertEquals(null, rs.getObject(1));
            }
        }
    }

    @Test
    void r12AQuestionMarkInTheFileNameIsPartOfTheName() throws Exception {
        Path plain = store(dir.resolve("real.db"), "from-real", 1, 3, false);
        Path tricky = dir.resolve("real.db?cache_size=1");
        store(tricky, "from-the-file-with-the-question-mark", 1, 3, false);
        assertEquals("from-real", read(plain).value().get(0).name());
        ParseResult<List<Run>> r = read(tricky);
        assertEquals("from-the-file-with-the-question-mark", r.value().get(0).name(), describe(r));
        Path ext = dir.resolve("x.db?enable_load_extension=true");
        Files.copy(plain, ext, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("from-real", read(ext).value().get(0).name());
    }

    @Test
    void r11AnOldSchemaWithIsnanIsRead() throws Exception {
        ParseResult<List<Run>> r = read(store(dir.resolve("old.db"), "old", 1, 10, true));
        assertTrue(r.problems().isEmpty(), describe(r));
        assertTrue(Double.isNaN(r.value().get(0).series("loss").orElseThrow().value(3)));
    }

    @Test
    void r11ACutLastPageKeepsTheRowsBeforeIt() throws Exception {
        Path db = store(dir.resolve("cut.db"), "big", 4, 1040, false);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() - 2048);
        }
        ParseResult<List<Run>> r = read(db);
        long points = r.value().stream().mapToLong(Run::totalPoints).sum();
        assertTrue(points > 1000, points + " of 4160 points; " + describe(r));
        assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("NullPointer")), describe(r));
    }

    @Test
    void r11ACorruptBtreeGivesProblemsNotAnException() throws Exception {
        ParseResult<List<Run>> r = read(repro("mlflowdb-npe/corrupt-btree.db"));
        assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("NullPointer")), describe(r));
        assertTrue(!r.value().isEmpty() || r.hasErrors(), describe(r));
    }

    @Test
    void sameNamedRunsAreToldApartAndChosenById() throws Exception {
        Path db = store(dir.resolve("mlflow.db"), "Random Forest", 4, 5, false);
        List<Run> runs = read(db).value();
        assertEquals(4, runs.size());
        assertEquals(4, runs.stream().map(Run::id).distinct().count());
        CliRun inspect = CliRun.of("inspect", db.toString());
        assertTrue(inspect.out().contains("(run id " + runs.get(2).id() + ")"), inspect.out());
        CliRun ambiguous = CliRun.of("ctt", db.toString(), "--run", "Random Forest", "--metric", "loss",
                "--target", "0.3", "--lower-is-better", "--flops-per-step", "1e9");
        assertTrue(ambiguous.err().contains("4 runs are named 'Random Forest'"), ambiguous.err());
        CliRun byId = CliRun.of("ctt", db.toString(), "--run", runs.get(2).id(), "--metric", "loss",
                "--target", "0.3", "--lower-is-better", "--flops-per-step", "1e9");
        assertEquals(0, byId.exitCode(), byId.err());
        assertTrue(byId.out().contains("run id:   " + runs.get(2).id()), byId.out());
    }

    @Test
    void theShippedReproducerDatabaseReads() throws Exception {
        Path real = repro("real.db");
        assumeTrue(Files.isRegularFile(real));
        assertEquals(1, read(real).value().size());
    }
}

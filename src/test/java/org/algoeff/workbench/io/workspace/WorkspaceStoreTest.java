// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.ParseResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceStoreTest {
    @TempDir
    Path dir;
    private final WorkspaceStore store = new WorkspaceStore();

    private static Workspace sample(double doublingMonths) {
        return new Workspace(Workspace.SCHEMA_VERSION,
                List.of(new Workspace.Source("/data/hb20.csv", "dataset", "date", "flop", false),
                        new Workspace.Source("/logs/run1", "runs", null, null, true)),
                List.of(new Workspace.RunEdit("/logs/run1", "run1", "baseline", "2021-03-04", false)),
                new Workspace.Target("eval/accuracy", 0.75, false),
                new Workspace.Fit(true, "2012-01-01", null, 500, 7L),
                List.of(new Workspace.Overlay("Moore's law", doublingMonths, "2012-06-01", 3e18)),
                new Workspace.Chart("train/loss", "compute", true, true, 0.9, "dark", "My chart"));
    }

    @Test
    void saveAndOpenRoundTripsEverything() throws Exception {
        Path file = dir.resolve("w.algoeff.json");
        store.save(sample(24), file);
        ParseResult<Workspace> back = store.open(file);
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(sample(24), back.value());
        assertTrue(Files.readString(file).contains("\"schemaVersion\" : 1"));
    }

    @Test
    void secondSaveKeepsPreviousAsBakAndLeavesNoTempFiles() throws Exception {
        Path file = dir.resolve("w.algoeff.json");
        store.save(sample(24), file);
        store.save(sample(18), file);
        assertEquals(18, store.open(file).value().overlays().get(0).doublingMonths());
        assertEquals(24, store.open(AtomicFiles.backupOf(file)).value().overlays().get(0).doublingMonths());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the file and its .bak");
        }
    }

    @Test
    void newerSchemaIsAProblemNotACrash() throws Exception {
        Path file = dir.resolve("new.json");
        Files.writeString(file, "{\"schemaVersion\": 99, \"sources\": []}");
        ParseResult<Workspace> r = store.open(file);
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).message().contains("newer version"));
        assertTrue(r.value().sources().isEmpty());
    }

    @Test
    void damagedJsonNamesTheLine() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 1,\n \"sources\": [ {\"path\": \"x\", ");
        ParseResult<Workspace> r = store.open(file);
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).where().startsWith("line "), r.problems().toString());
        assertFalse(r.problems().get(0).message().contains("\tat "), "no stack trace");
    }
}

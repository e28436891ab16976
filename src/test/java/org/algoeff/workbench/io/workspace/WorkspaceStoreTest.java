// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.BreakpointOptions;
import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDirection;

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
                new FitOptions(true, FitOptions.FrontierScope.WITHIN_WINDOW, LocalDate.of(2012, 1, 1), null,
                        List.of(RowFilter.parse("Notability criteria~.+"), RowFilter.parse("Domain!=Games")), "Domain",
                        500, 7L, TrendDirection.DECLINING), "hb20",
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

    /** The breakpoint settings are their record too; a file without them reads as one fitted line. */
    @Test
    void breakpointSettingsRoundTripAndDefaultToNone() throws Exception {
        Workspace plain = sample(24);
        BreakpointOptions two = new BreakpointOptions(BreakpointOptions.Breaks.TWO,
                BreakpointOptions.BreakModel.DISCONTINUOUS, 7);
        Workspace broken = new Workspace(plain.schemaVersion(), plain.sources(), plain.runs(), plain.target(),
                plain.fit(), plain.fittedDataset(), plain.overlays(), plain.chart(), two);
        Path file = dir.resolve("b.algoeff.json");
        store.save(broken, file);
        assertEquals(two, store.open(file).value().breakpoints());
        assertTrue(Files.readString(file).contains("\"model\" : \"DISCONTINUOUS\""), Files.readString(file));
        Path old = dir.resolve("old.algoeff.json");
        store.save(plain, old);
        Files.writeString(old, Files.readString(old).replaceAll("(?s),\\s*\"breakpoints\" : \\{[^}]*\\}", ""));
        assertTrue(!Files.readString(old).contains("breakpoints"), Files.readString(old));
        assertEquals(BreakpointOptions.NONE, store.open(old).value().breakpoints());
    }

    /** Figure settings round-trip; older files have none (defaults); invalid ones are dropped with a warning. */
    @Test
    void figureSettingsRoundTripDefaultInOlderFilesAndInvalidOnesWarn() throws Exception {
        Workspace plain = sample(24);
        FigureSettings paper = new FigureSettings(17.5, 9, FigureSettings.LengthUnit.CM, 600, 8, "T", "year",
                "FLOP", FigureSettings.LegendPosition.BELOW, true);
        Workspace w = new Workspace(plain.schemaVersion(), plain.sources(), plain.runs(), plain.target(),
                plain.fit(), plain.fittedDataset(), plain.overlays(), plain.chart(), plain.breakpoints(), paper);
        Path file = dir.resolve("f.algoeff.json");
        store.save(w, file);
        ParseResult<Workspace> back = store.open(file);
        assertEquals(paper, back.value().figure());
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(FigureSettings.DEFAULT, store.open(write("{\"schemaVersion\": 1, \"sources\": []}")).value()
                .figure());
        String bad = Files.readString(file).replace("\"dpi\" : 600", "\"dpi\" : 5");
        ParseResult<Workspace> r = store.open(write(bad));
        assertFalse(r.hasErrors(), r.problems().toString());
        assertEquals(FigureSettings.DEFAULT, r.value().figure());
        assertEquals(plain.fit(), r.value().fit(), "the rest of the workspace still opens");
        assertTrue(r.problems().get(0).describe().contains("DPI must be between 36 and 1200"), r.problems().toString());
    }

    /** The fit settings are the settings record itself; dates are ISO strings like the rest of the file. */
    @Test
    void fitSettingsAreStoredAsTheRecord() throws Exception {
        Path file = dir.resolve("w.algoeff.json");
        store.save(sample(24), file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"from\" : \"2012-01-01\""), json);
        assertTrue(json.contains("\"frontierScope\" : \"WITHIN_WINDOW\""), json);
        assertTrue(json.contains("\"groupBy\" : \"Domain\""), json);
        assertTrue(json.contains("\"fittedDataset\" : \"hb20\""), json);
    }

    /** Schema 1 as written before the settings record: fit.dataset, from/to strings, no filters. */
    @Test
    void opensAWorkspaceWrittenBeforeFiltersAndGroups() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"sources\": [], \"fit\": {\"frontierOnly\": true, "
                + "\"from\": \"2014-01-01\", \"to\": null, \"bootstrapResamples\": 1000, \"seed\": 42, "
                + "\"dataset\": \"alexnet-level\"}}");
        ParseResult<Workspace> r = store.open(file);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        FitOptions fit = r.value().fit();
        assertEquals(FitOptions.DEFAULT.withFrontierOnly(true).withBootstrap(1000, 42)
                .withRange(new DateRange(LocalDate.of(2014, 1, 1), null)), fit);
        assertEquals("alexnet-level", r.value().fittedDataset());
        assertEquals(FitOptions.DEFAULT, store.open(write("{\"schemaVersion\": 1}")).value().fit());
    }

    @Test
    void badFitSettingsAreAProblemNamingThem() throws Exception {
        ParseResult<Workspace> r = store.open(write("{\"schemaVersion\": 1, \"fit\": {\"from\": \"June\"}}"));
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).message().contains("'June' is not a date"), r.problems().toString());
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(dir, "w", ".json");
        Files.writeString(file, json);
        return file;
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

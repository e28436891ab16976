// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ViewModel test without a scene graph: synchronous runner, no debounce, calls on the FX thread. */
class TrendViewModelTest {
    private TrendViewModel vm;
    private TrendDataset hb20;

    @BeforeEach
    void setUp() throws Exception {
        hb20 = new TrendCsvReader("test").read(SampleDataFiles.HB20_ALEXNET, ColumnChoice.DETECT,
                CancellationToken.NEVER).value();
        vm = onFx(() -> new TrendViewModel(new TrendChartComposer(new TrendFitter("test")),
                new LatestWins(new SyncRunner(), 0)));
        onFx(() -> vm.setBootstrap(500, 1));
        // HB20's figure is a frontier fit (the window opens with it on; the settings' default is off).
        onFx(() -> vm.frontierOnlyProperty().set(true));
    }

    @Test
    void addingHb20PlotsItAndReadsOutTheHalvingTime() throws Exception {
        onFx(() -> vm.datasets().setAll(hb20));
        PlotSpec spec = onFx(() -> vm.specProperty().get());
        assertEquals(hb20.points().size(), spec.series().get(0).points().size());
        assertTrue(spec.y().log());
        assertEquals(1, spec.fits().size());
        String readout = onFx(() -> vm.readoutProperty().get());
        assertTrue(readout.startsWith("halves every 15.9 months"), readout);
        assertTrue(readout.contains("Moore's law over the same years: 11x"), readout);
        assertEquals(6, spec.series().get(0).points().stream().filter(p -> p.highlighted()).count(), "frontier");
    }

    @Test
    void fitWindowAndOverlayDoublingTimeRefit() throws Exception {
        onFx(() -> vm.datasets().setAll(hb20));
        onFx(() -> vm.setFitWindow(LocalDate.of(2015, 1, 1), LocalDate.of(2012, 1, 1)));
        assertEquals(LocalDate.of(2012, 1, 1), onFx(() -> vm.fromProperty().get()), "reversed drag is ordered");
        assertTrue(onFx(() -> vm.fitProperty().get()).to().isBefore(LocalDate.of(2015, 1, 2)));
        onFx(() -> vm.doublingMonthsProperty().set(12));
        String overlay = onFx(() -> vm.specProperty().get().overlays().get(0).name());
        assertTrue(overlay.contains("x2 every 12.0 months"), overlay);
        onFx(() -> vm.overlayVisibleProperty().set(false));
        assertTrue(onFx(() -> vm.specProperty().get().overlays().isEmpty()));
    }

    @Test
    void tooFewPointsSaysSoInsteadOfFailing() throws Exception {
        onFx(() -> vm.datasets().setAll(hb20));
        onFx(() -> vm.setFitWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)));
        assertTrue(onFx(() -> vm.readoutProperty().get()).startsWith("no fit"), onFx(() -> vm.readoutProperty().get()));
        assertTrue(onFx(() -> vm.specProperty().get().fits().isEmpty()));
    }

    /** Grouped in the window: one series and one fit line (in the series' colour) per group, a readout line each. */
    @Test
    void groupsAreOneSeriesAndOneLineEach() throws Exception {
        TrendDataset epoch = new TrendCsvReader("test").read(SampleDataFiles.EPOCH, ColumnChoice.DETECT,
                CancellationToken.NEVER).value();
        onFx(() -> {
            vm.frontierOnlyProperty().set(false);
            vm.datasets().setAll(epoch);
            vm.setFitWindow(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 12, 31));
            vm.fitSettings().whereTextProperty().set("Domain~^(Vision|Language)$");
            vm.fitSettings().groupByProperty().set("Domain");
        });
        assertTrue(onFx(() -> vm.columnChoices().contains("Notability criteria")));
        PlotSpec spec = onFx(() -> vm.specProperty().get());
        assertEquals(List.of("Domain=Language", "Domain=Vision"), spec.series().stream().map(s -> s.name()).toList());
        assertEquals(2, spec.fits().size());
        for (int i = 0; i < 2; i++) {
            assertEquals(spec.series().get(i).colorIndex(), spec.fits().get(i).colorIndex());
        }
        String readout = onFx(() -> vm.readoutProperty().get());
        assertTrue(readout.startsWith("Domain=Language (212 points): doubles every 5.2 months"), readout);
        assertTrue(readout.contains("\nDomain=Vision (53 points): doubles every 6.1 months"), readout);
        assertEquals("", onFx(() -> vm.warningsProperty().get()), "both groups are large, no caveats");
    }

    @Test
    void aFilterThatDoesNotParseIsNamedAndTheLastGoodOneStays() throws Exception {
        onFx(() -> vm.datasets().setAll(hb20));
        onFx(() -> vm.fitSettings().whereTextProperty().set("model!=AlexNet"));
        assertEquals(15, onFx(() -> vm.specProperty().get().series().get(0).points().size()));
        onFx(() -> vm.fitSettings().whereTextProperty().set("model"));
        assertTrue(onFx(() -> vm.fitSettings().whereErrorProperty().get()).contains("'model' is not a row filter"));
        assertEquals(List.of(RowFilter.parse("model!=AlexNet")),
                onFx(() -> vm.fitSettings().optionsProperty().get().where()));
        assertTrue(onFx(() -> vm.warningsProperty().get()).contains("frontier fit"), "warnings shown under the readout");
    }

    @Test
    void settingsRoundTripThroughTheRecord() throws Exception {
        FitOptions saved = new FitOptions(true, FitOptions.FrontierScope.WITHIN_WINDOW, LocalDate.of(2014, 1, 1), null,
                List.of(RowFilter.parse("Domain=Vision"), RowFilter.parse("Notability criteria~.+")), "Task", 300, 9L,
                null);
        onFx(() -> vm.fitSettings().apply(saved));
        assertEquals(saved, onFx(() -> vm.fitSettings().optionsProperty().get()));
        assertEquals("Domain=Vision AND Notability criteria~.+", onFx(() -> vm.fitSettings().whereTextProperty().get()));
        assertTrue(onFx(() -> vm.fitSettings().frontierInWindowProperty().get()));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
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
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.effective;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.EffectiveCompute;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The effective-compute view's state on the shipped data, without a scene graph. */
class EffectiveComputeViewModelTest {
    private static TrendDataset read(java.nio.file.Path file) throws Exception {
        return new TrendCsvReader("test").read(file, ColumnChoice.DETECT, CancellationToken.NEVER).value();
    }

    @Test
    void picksTheEfficiencyAndComputeSidesAndCombinesThemAsTheCliDoes() throws Exception {
        EffectiveComputeViewModel vm = onFx(() -> new EffectiveComputeViewModel(
                new EffectiveCompute(new TrendFitter("test")), new LatestWins(new SyncRunner(), 0)));
        onFx(() -> vm.setResamples(500));
        assertTrue(onFx(() -> vm.readoutProperty().get()).startsWith("load a compute-growth data set"));
        TrendDataset hb20 = read(SampleDataFiles.HB20_ALEXNET);
        onFx(() -> vm.datasets().setAll(hb20));
        assertEquals("alexnet-level", onFx(() -> vm.efficiencyNameProperty().get()), "compute to a target");
        assertNull(onFx(() -> vm.specProperty().get()));
        TrendDataset epoch = read(SampleDataFiles.EPOCH);
        onFx(() -> vm.datasets().setAll(hb20, epoch));
        assertEquals(epoch.name(), onFx(() -> vm.computeNameProperty().get()));
        onFx(() -> {
            vm.fromProperty().set(LocalDate.of(2012, 6, 1));
            vm.toProperty().set(LocalDate.of(2018, 7, 30));
        });
        EffectiveCompute.Result r = onFx(() -> vm.resultProperty().get());
        assertEquals(25, r.algorithms().value(), 1);
        assertEquals(3, onFx(() -> vm.specProperty().get().fits().size()));
        assertTrue(onFx(() -> vm.readoutProperty().get()).contains("from algorithms = ~"));
        onFx(() -> vm.computeWhereProperty().set("Domain=Vision"));
        EffectiveCompute.Result vision = onFx(() -> vm.resultProperty().get());
        assertTrue(vision.computeFit().points().stream().allMatch(p -> "Vision".equals(p.attributes().get("Domain"))));
        onFx(() -> vm.computeWhereProperty().set("Domain"));
        assertNull(onFx(() -> vm.resultProperty().get()), "a filter that does not parse gives no result");
        assertTrue(onFx(() -> vm.readoutProperty().get()).contains("Domain"), onFx(() -> vm.readoutProperty().get()));
    }
}

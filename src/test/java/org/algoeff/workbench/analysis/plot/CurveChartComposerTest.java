// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurveChartComposerTest {
    private static Run run(String name, int n) {
        long[] steps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            values[i] = 2.0 / (1 + i * 0.01);
        }
        double[] wall = new double[n];
        java.util.Arrays.fill(wall, Double.NaN);
        return new Run(name, "test", name + ".csv", List.of(new MetricSeries("loss", steps, values, wall)), Map.of());
    }

    @Test
    void curvesCrossTheTargetAndTheZoomedSpecKeepsOnlyTheVisibleRange() {
        CurveChartComposer.Settings s = new CurveChartComposer.Settings(List.of("loss"), XQuantity.STEP, false, false,
                0.5, 1.0, null, 0, true);
        CurveChartComposer.Prepared p = CurveChartComposer.curves(List.of(
                new CurveChartComposer.Input("a", run("a", 1000), null)), s, CancellationToken.NEVER);
        assertEquals(1, p.curves().size());
        // 2 / (1 + 0.01 i) <= 1 first at i = 100.
        assertEquals(100, p.curves().get(0).targetX(), 1e-9);
        PlotSpec whole = CurveChartComposer.spec(p.curves(), s, 200);
        assertEquals("reached target", whole.annotationName());
        assertEquals(1, whole.annotations().size());
        PlotSpec zoomed = PlotSpecBuilder.curves(CurveChartComposer.request(p.curves(), s, 200),
                new double[] {200, 400, 0.5, 1.5});
        assertEquals(200, zoomed.x().min());
        assertEquals(400, zoomed.x().max());
        PlotSeries drawn = zoomed.series().stream().filter(x -> !x.faint()).findFirst().orElseThrow();
        assertTrue(drawn.points().stream().allMatch(q -> q.x() >= 199 && q.x() <= 401),
                "reduced inside the zoomed x range only");
        assertTrue(drawn.points().size() > 100, "the zoom keeps detail: " + drawn.points().size() + " points");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxisTicksTest {
    private static List<String> majorLabels(PlotAxis axis) {
        return AxisTicks.ticks(axis).stream().filter(AxisTicks.Tick::major).map(AxisTicks.Tick::plainText).toList();
    }

    @Test
    void logAxisLabelsEveryDecadeFrom15To26() {
        PlotAxis y = new PlotAxis("FLOP", PlotAxis.AxisKind.NUMBER, true, 1e15, 1e26);
        List<String> labels = majorLabels(y);
        assertEquals(12, labels.size());
        assertEquals("10^15", labels.get(0));
        assertEquals("10^26", labels.get(11));
        assertEquals(11 * 8, AxisTicks.ticks(y).stream().filter(t -> !t.major()).count(), "8 minor ticks per decade");
    }

    @Test
    void narrowDataStillGetsTwoDecadeLabels() {
        double[] bounds = AxisTicks.decadeBounds(2e17, 7e17);
        assertArrayEquals(new double[] {1e17, 1e18}, bounds, 1e3);
        PlotAxis y = new PlotAxis("FLOP", PlotAxis.AxisKind.NUMBER, true, bounds[0], bounds[1]);
        assertEquals(List.of("10^17", "10^18"), majorLabels(y));
    }

    @Test
    void exactDecadeDataGetsAWholeDecade() {
        assertArrayEquals(new double[] {1e20, 1e21}, AxisTicks.decadeBounds(1e20, 1e20), 1e6);
    }

    @Test
    void yearAxisLabelsWholeYears() {
        PlotAxis x = new PlotAxis("date", PlotAxis.AxisKind.YEAR, false, 2012, 2020);
        List<String> labels = majorLabels(x);
        assertTrue(labels.contains("2012") && labels.contains("2020"), labels.toString());
        labels.forEach(l -> assertTrue(l.matches("\\d{4}"), l));
    }

    @Test
    void linearAxisUsesOneTwoFiveSteps() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"),
                majorLabels(new PlotAxis("loss", PlotAxis.AxisKind.NUMBER, false, 0, 1)));
        assertEquals("2.5e6", AxisTicks.format(2.5e6, 5e5));
    }
}

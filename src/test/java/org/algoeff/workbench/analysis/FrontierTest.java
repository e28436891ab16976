// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontierTest {
    private static TrendPoint p(String label, String date, double value) {
        return new TrendPoint(label, LocalDate.parse(date), value);
    }

    private static List<String> labels(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::label).toList();
    }

    @Test
    void growingFrontierIsTheRunningMaximumInDateOrder() {
        List<TrendPoint> points = List.of(p("late", "2020-01-01", 50), p("first", "2010-01-01", 10),
                p("dip", "2012-01-01", 5), p("tie", "2013-01-01", 10), p("up", "2015-01-01", 20));
        assertEquals(List.of("first", "up", "late"), labels(Frontier.select(points, TrendDirection.GROWING)));
    }

    @Test
    void decliningFrontierTakesTheBestOfPointsOnTheSameDate() {
        List<TrendPoint> points = List.of(p("worse", "2010-01-01", 10), p("better", "2010-01-01", 8),
                p("next", "2011-01-01", 9), p("best", "2012-01-01", 1));
        assertEquals(List.of("better", "best"), labels(Frontier.select(points, TrendDirection.DECLINING)));
    }

    @Test
    void emptyInputGivesEmptyFrontier() {
        assertEquals(List.of(), Frontier.select(List.of(), TrendDirection.DECLINING));
    }
}

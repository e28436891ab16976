// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

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
    void computeToTargetIsBetterLowerEvenWhenItsPointsRise() {
        // A tiny sweep where newer recipes needed more compute: the slope rises, but progress is still "less".
        List<TrendPoint> points = List.of(p("mlp-1986", "1986-07-01", 3.4e9), p("lenet-1998", "1998-07-01", 3.1e9),
                p("cnn-2012", "2012-07-01", 8.6e9), p("bn-2015", "2015-07-01", 3.4e9));
        TrendDataset sweep = dataset("training compute to 0.8 test accuracy (FLOP)", points);
        assertEquals(TrendDirection.DECLINING, Frontier.betterDirection(sweep, points));
        assertEquals(TrendDirection.DECLINING, Frontier.betterDirection(dataset("compute_to_target_flop", points),
                points));
        assertEquals(TrendDirection.GROWING, Frontier.betterDirection(dataset("Training compute (FLOP)", points),
                points), "other quantities: the way the points move");
        TrendFit fit = new TrendFitter("test").fit(sweep, FitOptions.DEFAULT.withFrontierOnly(true)
                .withBootstrap(0, 1), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(List.of("mlp-1986", "lenet-1998"), fit.points().stream().map(TrendPoint::label).toList());
        assertEquals(TrendDirection.DECLINING, fit.direction());
        TrendFit all = new TrendFitter("test").fit(sweep, FitOptions.DEFAULT.withFrontierOnly(false)
                .withBootstrap(0, 1), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(TrendDirection.GROWING, all.direction(), "the readout says where the fitted points go");
    }

    private static TrendDataset dataset(String valueLabel, List<TrendPoint> points) {
        return new TrendDataset("d", valueLabel, points, new Provenance(List.of(), Map.of(), "test", Instant.EPOCH));
    }

    @Test
    void emptyInputGivesEmptyFrontier() {
        assertEquals(List.of(), Frontier.select(List.of(), TrendDirection.DECLINING));
    }
}

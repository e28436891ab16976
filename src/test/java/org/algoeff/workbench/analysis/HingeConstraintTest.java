// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hinge's residual sum of squares two independent ways: as free segment lines plus the constraint term
 * ({@link HingeConstraint}) and from the normal equations of the hinge's own basis ({@link HingeEquations}).
 */
class HingeConstraintTest {
    @Test
    void constraintFormAndNormalEquationsAgreeAtAnyBreaks() {
        TrendDataset data = PiecewiseFitterTest.piecewise(120, 1990, 2020, new double[] {2004, 2012},
                new double[] {20, 8, 5}, 0, 0.7, 3);
        List<TrendPoint> sorted = data.points().stream().sorted(Comparator.comparing(TrendPoint::date)).toList();
        Centred c = Centred.of(sorted, null);
        double[] ones = new double[sorted.size()];
        Arrays.fill(ones, 1);
        DateGroups g = c.groups(ones);
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            int g1 = 10 + random.nextInt(40);
            int g2 = g1 + 10 + random.nextInt(40);
            double b1 = g.dates[g1 - 1] + random.nextDouble() * (g.dates[g1] - g.dates[g1 - 1]);
            double b2 = g.dates[g2 - 1] + random.nextDouble() * (g.dates[g2] - g.dates[g2 - 1]);
            DateGroups.Line[] lines = {g.line(0, g1), g.line(g1, g2), g.line(g2, g.size())};
            double viaConstraint = HingeConstraint.sse(lines, new double[] {b1, b2});
            double[] beta = HingeEquations.of(g, new double[] {b1, b2}, new int[] {g1, g2}).solve();
            double direct = 0;
            for (int i = 0; i < c.x().length; i++) {
                double x = c.x()[i];
                double fit = beta[0] + beta[1] * x + beta[2] * Math.max(0, x - b1) + beta[3] * Math.max(0, x - b2);
                direct += (c.y()[i] - fit) * (c.y()[i] - fit);
            }
            assertEquals(direct, viaConstraint, 1e-8 * direct, "breaks " + b1 + ", " + b2);
            double[] one = {b1};
            DateGroups.Line[] two = {g.line(0, g1), g.line(g1, g.size())};
            double[] beta1 = HingeEquations.of(g, one, new int[] {g1}).solve();
            double direct1 = 0;
            for (int i = 0; i < c.x().length; i++) {
                double x = c.x()[i];
                double fit = beta1[0] + beta1[1] * x + beta1[2] * Math.max(0, x - b1);
                direct1 += (c.y()[i] - fit) * (c.y()[i] - fit);
            }
            assertEquals(direct1, HingeConstraint.sse(two, one), 1e-8 * direct1);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Target values for threshold sensitivity, as a person writes them: a range {@code FROM:TO:STEP} (both ends
 * included; 0.90:0.96:0.01 is seven targets) or a list {@code 0.9,0.945,0.96}. Decimal arithmetic, so the range's
 * values are 0.93 and not 0.9300000000000002.
 */
public final class TargetList {
    /** More targets than this is a typo (a step of 0.0001), not a question. */
    public static final int MAX_TARGETS = 200;

    private TargetList() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong: not a number, a step that is 0 or goes the wrong way,
     *                                  more than {@value #MAX_TARGETS} targets, or none
     */
    public static List<Double> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no targets: give FROM:TO:STEP (0.90:0.96:0.01) or a list (0.9,0.95)");
        }
        return t.contains(":") ? range(t) : list(t);
    }

    private static List<Double> range(String t) {
        String[] parts = t.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a target range is FROM:TO:STEP, e.g. 0.90:0.96:0.01, not '" + t + "'");
        }
        BigDecimal from = number(parts[0]);
        BigDecimal to = number(parts[1]);
        BigDecimal step = number(parts[2]);
        if (step.signum() == 0 || step.signum() != to.subtract(from).signum() && to.compareTo(from) != 0) {
            throw new IllegalArgumentException("step " + parts[2].strip() + " does not go from " + parts[0].strip()
                    + " to " + parts[1].strip());
        }
        List<Double> values = new ArrayList<>();
        BigDecimal v = from;
        while (step.signum() > 0 ? v.compareTo(to) <= 0 : v.compareTo(to) >= 0) {
            values.add(v.doubleValue());
            if (values.size() > MAX_TARGETS) {
                throw tooMany();
            }
            v = v.add(step);
        }
        return values;
    }

    private static List<Double> list(String t) {
        Set<Double> values = new LinkedHashSet<>();
        for (String part : t.split(",")) {
            if (!part.isBlank()) {
                values.add(number(part).doubleValue());
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no targets in '" + t + "'");
        }
        if (values.size() > MAX_TARGETS) {
            throw tooMany();
        }
        return List.copyOf(values);
    }

    private static IllegalArgumentException tooMany() {
        return new IllegalArgumentException("more than " + MAX_TARGETS + " targets; use a larger step");
    }

    private static BigDecimal number(String s) {
        try {
            BigDecimal v = new BigDecimal(s.strip());
            if (v.abs().compareTo(BigDecimal.valueOf(1e300)) > 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.strip() + "' is not a number");
        }
    }
}

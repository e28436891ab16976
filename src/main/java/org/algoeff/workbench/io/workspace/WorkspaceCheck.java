// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.algoeff.workbench.model.Problem;

/**
 * Validates a whole {@link Workspace} before anything of it is applied: every path must be a path, every date a
 * date, every number in its range. A workspace with any problem is refused as a whole, so opening it never leaves
 * the window half changed (settings applied, sources cleared, then an exception).
 */
final class WorkspaceCheck {
    /** Largest EMA smoothing weight (the window's slider stops there; 1 would never move off the first value). */
    static final double MAX_SMOOTHING = 0.999;
    /** Longest doubling time of an overlay, in months (a century). */
    static final double MAX_DOUBLING_MONTHS = 1200;
    private static final Set<String> X_QUANTITIES = Set.of("step", "wall", "compute");
    private static final Set<String> THEMES = Set.of("light", "dark");

    private WorkspaceCheck() {
    }

    static List<Problem> problems(Workspace w, String file) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < w.sources().size(); i++) {
            path(w.sources().get(i).path(), "sources[" + i + "].path", file, out);
        }
        for (int i = 0; i < w.runs().size(); i++) {
            Workspace.RunEdit e = w.runs().get(i);
            path(e.source(), "runs[" + i + "].source", file, out);
            date(e.date(), "runs[" + i + "].date", file, out);
        }
        for (int i = 0; i < w.overlays().size(); i++) {
            Workspace.Overlay o = w.overlays().get(i);
            date(o.anchorDate(), "overlays[" + i + "].anchorDate", file, out);
            range(o.doublingMonths(), 1e-3, MAX_DOUBLING_MONTHS, "overlays[" + i + "].doublingMonths", file, out);
        }
        Workspace.Chart c = w.chart();
        range(c.smoothing(), 0, MAX_SMOOTHING, "chart.smoothing", file, out);
        oneOf(c.curveX(), X_QUANTITIES, "chart.curveX", file, out);
        oneOf(c.theme(), THEMES, "chart.theme", file, out);
        Workspace.Target t = w.target();
        if (t != null && t.smoothing() != null) {
            range(t.smoothing(), 0, MAX_SMOOTHING, "target.smoothing", file, out);
        }
        if (t != null && !Double.isFinite(t.value())) {
            out.add(Problem.error(file, "target.value", "not a number: " + t.value()));
        }
        return out;
    }

    private static void path(String path, String where, String file, List<Problem> out) {
        if (path == null) {
            return;
        }
        try {
            Path.of(path);
            if (path.chars().anyMatch(ch -> ch < 0x20)) {
                out.add(Problem.error(file, where, "control characters in a path"));
            }
        } catch (InvalidPathException e) {
            out.add(Problem.error(file, where, "not a path (" + e.getReason() + ")"));
        }
    }

    private static void date(String iso, String where, String file, List<Problem> out) {
        if (iso == null) {
            return;
        }
        try {
            LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            out.add(Problem.error(file, where, "'" + shorten(iso) + "' is not a date (YYYY-MM-DD)"));
        }
    }

    private static void range(double v, double min, double max, String where, String file, List<Problem> out) {
        if (!(v >= min && v <= max)) {
            out.add(Problem.error(file, where, String.format(Locale.ROOT, "%s is out of range (%s to %s)", v, min,
                    max)));
        }
    }

    private static void oneOf(String v, Set<String> allowed, String where, String file, List<Problem> out) {
        if (v != null && !allowed.contains(v)) {
            out.add(Problem.error(file, where, "'" + shorten(v) + "' is not one of " + String.join(", ",
                    allowed.stream().sorted().toList())));
        }
    }

    private static String shorten(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.algoeff.workbench.rerun.Calibration;

/**
 * The Reruns panel's default target: the data set's calibrated mlp-1986 level from {@code calibration.json}, as
 * text for the field, and where it came from in words. Reads only the small JSON file; no ND4J.
 *
 * @param text       the target as the field shows it ("0.945"), or "" when there is no usable calibration
 * @param provenance how the level was set, or why there is none
 */
record CalibratedTarget(String text, String provenance) {
    static CalibratedTarget of(Path dataDir) {
        Path file = dataDir == null ? null : dataDir.resolve(Calibration.FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return new CalibratedTarget("", "no calibration.json in " + dataDir + ": enter a target accuracy");
        }
        try {
            Calibration c = Calibration.read(file);
            String date = c.date().length() >= 10 ? c.date().substring(0, 10) : c.date();
            return new CalibratedTarget(String.format(Locale.ROOT, "%.3f", c.target()), String.format(Locale.ROOT,
                    "%s level: lowest best %s accuracy of seeds %s (up to %d epochs, %s) on %d training digits, "
                            + "calibrated %s (%s)", c.recipe(), c.split(), c.seeds(), c.epochs(),
                    c.stopRule() == null ? "fixed budget" : c.stopRule(), c.trainExamples(), date, file));
        } catch (IOException e) {
            return new CalibratedTarget("", e.getMessage() + ": enter a target accuracy");
        }
    }

    /** Accepts 0.945 or 94.5 (percent); NaN when not an accuracy in (0, 1]. */
    static double parse(String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim().replace("%", ""));
            double t = v > 1 ? v / 100 : v;
            return t > 0 && t <= 1 ? t : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

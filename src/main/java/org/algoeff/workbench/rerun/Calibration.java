// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The default target of a data set with its provenance, stored as {@code calibration.json} next to the IDX files:
 * the accuracy the oldest recipe converges to ("mlp-1986-level"), as Hernandez &amp; Brown used "AlexNet-level".
 * Version 2 reads it on a validation split carved from the training digits, with the baseline trained to a plateau
 * ({@link StopRule#CONVERGED}) rather than for a fixed number of epochs, and records the spread over the seeds;
 * version 1 read the test split after a fixed budget.
 *
 * @param format          always "algoeff-calibration"
 * @param version         1 or 2 (this build writes 2)
 * @param datasetSha256   IDX file name to SHA-256 of the files calibrated on
 * @param recipe          the recipe that set the level
 * @param epochs          its budget
 * @param seeds           the seeds run
 * @param bestAccuracies  best accuracy of each seed until it converged (validation split in version 2, test in 1)
 * @param target          the level: the lowest of {@code bestAccuracies}, rounded down to 0.001, so every seed reaches it
 * @param rule            the rule above, in words
 * @param date            ISO-8601 instant of the calibration
 * @param machine         os, arch, cores, java, backend of the machine it ran on
 * @param trainExamples   training digits used
 * @param testExamples    test digits used
 * @param validationExamples validation digits (the last of the training file); 0 in version 1
 * @param stopRule        how the baseline was stopped ({@link StopRule#describe}); null in version 1
 * @param medianAccuracy  median of {@code bestAccuracies} (version 2)
 * @param accuracyInterval the seeds' 95 % interval of the converged level, [low, high]: mean +- t x standard error
 *                         (version 2)
 * @param testAccuracies  each seed's test accuracy at its best validation point, the confirmation (version 2)
 */
public record Calibration(String format, int version, Map<String, String> datasetSha256, String recipe, int epochs,
        List<Long> seeds, List<Double> bestAccuracies, double target, String rule, String date,
        Map<String, String> machine, int trainExamples, int testExamples, int validationExamples, String stopRule,
        double medianAccuracy, List<Double> accuracyInterval, List<Double> testAccuracies) {
    public static final String FILE_NAME = "calibration.json";
    public static final String FORMAT = "algoeff-calibration";
    public static final int VERSION = 2;
    public static final String RULE = "lowest converged validation accuracy over the seeds, rounded down to 0.001 "
            + "(every seed reaches it)";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Calibration {
        datasetSha256 = Map.copyOf(datasetSha256);
        seeds = List.copyOf(seeds);
        bestAccuracies = List.copyOf(bestAccuracies);
        machine = Map.copyOf(machine);
        accuracyInterval = accuracyInterval == null ? List.of() : List.copyOf(accuracyInterval);
        testAccuracies = testAccuracies == null ? List.of() : List.copyOf(testAccuracies);
        Objects.requireNonNull(recipe, "recipe");
    }

    /** The level from the seeds' best accuracies: their minimum, rounded down to 0.001. */
    public static double level(List<Double> bestAccuracies) {
        double min = bestAccuracies.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return Math.floor(min * 1000 + 1e-9) / 1000;
    }

    /** Which split the target was read on: "validation" (version 2 with a validation split) or "test". */
    public String split() {
        return validationExamples > 0 ? "validation" : "test";
    }

    /** Reads {@code file}; the message of any failure names it. */
    public static Calibration read(Path file) throws IOException {
        Calibration c;
        try {
            c = JSON.readValue(file.toFile(), Calibration.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a readable calibration file (" + e.getMessage() + ")", e);
        }
        if (!FORMAT.equals(c.format()) || c.version() < 1 || c.version() > VERSION
                || !(c.target() > 0 && c.target() <= 1)) {
            throw new IOException(file + ": not an algoeff calibration (format " + c.format() + ", version "
                    + c.version() + ", target " + c.target() + ")");
        }
        return c;
    }

    /** Writes atomically (temp file, then move). */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

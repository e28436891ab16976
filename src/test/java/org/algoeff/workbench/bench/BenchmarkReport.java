// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints a benchmark's figures and appends them to {@code target/benchmarks/results.md}, with the machine
 * (cores, JVM) and date, so that a run of {@code mvn -Pbench test} leaves a record to copy into docs.
 */
public final class BenchmarkReport {
    private static final Path RESULTS = Path.of("target", "benchmarks", "results.md");

    private BenchmarkReport() {
    }

    /** One line: "date | machine | benchmark | figures". */
    public static void record(String benchmark, String figures) {
        String line = String.format(Locale.ROOT, "| %s | %d cores, %s %s | %s | %s |%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), benchmark, figures);
        System.out.print(line);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Median of the samples (which are sorted in place). */
    public static double median(double[] samples) {
        Arrays.sort(samples);
        int n = samples.length;
        return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    }
}

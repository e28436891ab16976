// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.Option;

import org.algoeff.workbench.rerun.Backend;

/** Options shared by {@code rerun} and {@code calibrate}; also prepares the process before ND4J loads. */
final class RerunOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "MNIST-style IDX folder (default: the shipped sample-data/mnist-10k)")
    Path data;

    @Option(names = "--max-epochs", paramLabel = "N", description = "epoch budget (default: each recipe's own)")
    int maxEpochs;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "5",
            description = "seeds per recipe (default: ${DEFAULT-VALUE}, enough for a median and an interval)")
    int seeds;

    @Option(names = "--validation", paramLabel = "N", defaultValue = "-1",
            description = {"the last N training digits form the validation split on which targets and stop rules are read",
                "(never the test split); 0 = none, targets then read the test split (default: 1000, or a fifth of",
                "--train-limit when that is smaller)"})
    int validation;

    /** --validation, or its default for the training digits used. */
    int validationDigits() {
        return validation >= 0 ? validation : org.algoeff.workbench.rerun.RerunRequest.defaultValidation(trainLimit);
    }

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "first seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--backend", paramLabel = "cpu|cuda", defaultValue = "cpu",
            description = "ND4J backend; cuda falls back to cpu with a message when not usable (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(names = "--train-limit", paramLabel = "N", description = "use only the first N training digits")
    int trainLimit;

    @Option(names = "--test-limit", paramLabel = "N", description = "use only the first N test digits")
    int testLimit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "native CPU threads per rerun; 0 = all cores (default: ${DEFAULT-VALUE}; see docs/rerun.md)")
    int threads;

    @Option(names = "--json", description = "print one JSON object per rerun (JSON Lines); progress goes to stderr")
    boolean json;

    Backend backend() {
        try {
            return Backend.valueOf(backend.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--backend must be cpu or cuda, not " + backend, e);
        }
    }

    /** The data folder: --data, else sample-data/mnist-10k in the working folder or next to the application. */
    Path dataDir() {
        if (data != null) {
            return data;
        }
        Path local = Path.of("sample-data", "mnist-10k");
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Path.of(RerunOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("sample-data").resolve("mnist-10k");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall through to the plain relative path, whose absence the reader reports with its name
        }
        return local;
    }

    /** Accepts 0.95 or 95 (percent). */
    static double parseTarget(String text) {
        double v;
        try {
            v = Double.parseDouble(text.trim().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--target must be a number such as 0.95 or 95, not " + text, e);
        }
        double target = v > 1 ? v / 100 : v;
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("--target must be an accuracy in (0, 1] or (0, 100] percent: " + text);
        }
        return target;
    }
}

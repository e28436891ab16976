// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the shipped {@code sample-data} folder: the system property {@code algoeff.sampleData}, else
 * {@code sample-data} in the working directory, else next to (or one level above) the folder of the jar
 * this class was loaded from, which covers {@code java -jar target/algoeff.jar} and installed app images.
 */
public final class SampleData {
    public static final String PROPERTY = "algoeff.sampleData";
    /** The data set the window opens with. */
    public static final String HB20_ALEXNET = "hb20/alexnet-level.csv";
    public static final String EPOCH = "epoch-ai/all-ml-systems-2024-02-05.csv";
    public static final String GPU_PEAK_FP32 = "hardware/gpu-peak-fp32.csv";

    private SampleData() {
    }

    public static Optional<Path> root() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("sample-data"));
        codeLocation().ifPresent(dir -> {
            candidates.add(dir.resolve("sample-data"));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve("sample-data"));
            }
        });
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve(HB20_ALEXNET))).findFirst()
                .map(Path::toAbsolutePath);
    }

    /** A shipped file by its path relative to sample-data, if the folder was found. */
    public static Optional<Path> file(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::isRegularFile);
    }

    private static Optional<Path> codeLocation() {
        try {
            Path code = Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(code.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

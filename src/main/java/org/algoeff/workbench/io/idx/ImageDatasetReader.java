// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.idx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;

/**
 * Reads an MNIST-style folder: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each raw or with {@code .gz}.
 * Works for the full MNIST and Fashion-MNIST downloads as well as the shipped 10k digits.
 * Returns empty when a file is missing or unusable, with problems naming the file.
 */
public final class ImageDatasetReader {
    /** File stems of the four files, in the order train images, train labels, test images, test labels. */
    public static final List<String> STEMS = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    /** Classes must be labelled 0..MAX_CLASSES-1. */
    public static final int MAX_CLASSES = 10;

    private final IdxReader reader = new IdxReader();

    /** Finds the four files in {@code dir}: the raw name if present, else the name with {@code .gz}. */
    public static List<Path> locate(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String stem : STEMS) {
            Path raw = dir.resolve(stem);
            Path gz = dir.resolve(stem + ".gz");
            if (Files.isRegularFile(raw)) {
                files.add(raw);
            } else if (Files.isRegularFile(gz)) {
                files.add(gz);
            } else {
                throw new java.nio.file.NoSuchFileException(gz.toString(), null,
                        "MNIST-style data set needs " + stem + " or " + stem + ".gz");
            }
        }
        return files;
    }

    /** Reads and cross-checks the four files; problems with any of them are reported, not thrown. */
    public ParseResult<Optional<ImageDataset>> read(Path dir) throws IOException {
        List<Path> files = locate(dir);
        List<Problem> problems = new ArrayList<>();
        List<IdxArray> arrays = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ParseResult<IdxArray> r = reader.read(files.get(i));
            problems.addAll(r.problems());
            arrays.add(r.value());
            checkRank(r.value(), i % 2 == 0 ? 3 : 1, problems);
        }
        if (!problems.isEmpty() && problems.stream().anyMatch(p -> p.severity() == org.algoeff.workbench.model.Severity.ERROR)) {
            return new ParseResult<>(Optional.empty(), problems);
        }
        checkPair(arrays.get(0), arrays.get(1), problems);
        checkPair(arrays.get(2), arrays.get(3), problems);
        if (arrays.get(0).dims()[1] != arrays.get(2).dims()[1] || arrays.get(0).dims()[2] != arrays.get(2).dims()[2]) {
            problems.add(Problem.error(arrays.get(2).source(), "header", "test images are not the size of the train images"));
        }
        if (!problems.isEmpty()) {
            return new ParseResult<>(Optional.empty(), problems);
        }
        return new ParseResult<>(Optional.of(new ImageDataset(dir,
                new ImageDataset.LabeledImages(arrays.get(0), arrays.get(1)),
                new ImageDataset.LabeledImages(arrays.get(2), arrays.get(3)), files)), problems);
    }

    private static void checkRank(IdxArray a, int rank, List<Problem> problems) {
        if (a.count() > 0 && a.dims().length != rank) {
            problems.add(Problem.error(a.source(), "header", "expected " + rank + " dimensions ("
                    + (rank == 3 ? "count, rows, columns" : "count") + ") but found " + a.dims().length));
        }
    }

    private static void checkPair(IdxArray images, IdxArray labels, List<Problem> problems) {
        if (images.count() != labels.count()) {
            problems.add(Problem.error(labels.source(), "header", labels.count() + " labels for " + images.count()
                    + " images in " + images.source()));
            return;
        }
        for (int i = 0; i < labels.count(); i++) {
            if (labels.unsigned(i) >= MAX_CLASSES) {
                problems.add(Problem.error(labels.source(), "item " + i, "label " + labels.unsigned(i)
                        + " is outside 0.." + (MAX_CLASSES - 1)));
                return;
            }
        }
    }
}

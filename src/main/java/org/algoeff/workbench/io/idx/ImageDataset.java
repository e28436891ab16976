// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.idx;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A labelled image classification data set with a train and a test split, as MNIST-style IDX files hold it, and
 * optionally a validation split carved from the training digits ({@link #withValidation}).
 *
 * @param dir        the folder it was read from
 * @param train      training images and labels
 * @param validation validation images and labels, taken from the training file; empty (0 items) when none
 * @param test       test images and labels
 * @param files      the four files read, in the order train images, train labels, test images, test labels
 */
public record ImageDataset(Path dir, LabeledImages train, LabeledImages validation, LabeledImages test,
        List<Path> files) {
    public ImageDataset {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        files = List.copyOf(files);
    }

    /** Train and test splits as read, no validation split. */
    public ImageDataset(Path dir, LabeledImages train, LabeledImages test, List<Path> files) {
        this(dir, train, train.slice(0, 0), test, files);
    }

    /** The same data set cut to the first {@code trainLimit} / {@code testLimit} items; 0 keeps a split whole. */
    public ImageDataset limit(int trainLimit, int testLimit) {
        return new ImageDataset(dir, train.head(trainLimit), validation, test.head(testLimit), files);
    }

    /**
     * The last {@code digits} training items become the validation split and leave the training split: a fixed,
     * seed-independent carve (the IDX order), so every rerun and the calibration see the same validation digits and
     * never the test split. 0 returns this data set unchanged; it must leave at least one training item.
     */
    public ImageDataset withValidation(int digits) {
        if (digits <= 0) {
            return this;
        }
        int n = train.count();
        if (digits >= n) {
            throw new IllegalArgumentException(files.isEmpty() ? dir.toString() : files.get(0) + ": " + digits
                    + " validation digits leave no training digits of " + n);
        }
        return new ImageDataset(dir, train.slice(0, n - digits), train.slice(n - digits, n), test, files);
    }

    /** Images of one split with their class labels; image {@code i} has label {@code labels.unsigned(i)}. */
    public record LabeledImages(IdxArray images, IdxArray labels) {
        public LabeledImages {
            Objects.requireNonNull(images, "images");
            Objects.requireNonNull(labels, "labels");
            if (images.count() != labels.count()) {
                throw new IllegalArgumentException(images.count() + " images but " + labels.count() + " labels");
            }
        }

        LabeledImages slice(int from, int to) {
            return new LabeledImages(images.slice(from, to), labels.slice(from, to));
        }

        LabeledImages head(int n) {
            return n <= 0 ? this : new LabeledImages(images.head(n), labels.head(n));
        }

        public int count() {
            return images.count();
        }

        public int height() {
            return images.dims()[1];
        }

        public int width() {
            return images.dims()[2];
        }

        public int label(int i) {
            return labels.unsigned(i);
        }
    }
}

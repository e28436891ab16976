// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.idx;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A labelled image classification data set with a train and a test split, as MNIST-style IDX files hold it.
 *
 * @param dir        the folder it was read from
 * @param train      training images and labels
 * @param test       test images and labels
 * @param files      the four files read, in the order train images, train labels, test images, test labels
 */
public record ImageDataset(Path dir, LabeledImages train, LabeledImages test, List<Path> files) {
    public ImageDataset {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        files = List.copyOf(files);
    }

    /** The same data set cut to the first {@code trainLimit} / {@code testLimit} items; 0 keeps a split whole. */
    public ImageDataset limit(int trainLimit, int testLimit) {
        return new ImageDataset(dir, train.head(trainLimit), test.head(testLimit), files);
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

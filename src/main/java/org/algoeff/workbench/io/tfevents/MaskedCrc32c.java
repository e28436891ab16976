// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.util.zip.CRC32C;

/**
 * The masked CRC-32C that TFRecord (and LevelDB) store after the length and after the data:
 * {@code ((crc >>> 15) | (crc << 17)) + 0xa282ead8}. Masking exists because a CRC over data that
 * itself contains CRCs is weak (tensorflow/core/lib/hash/crc32c.h). Not thread-safe: one per reader.
 */
public final class MaskedCrc32c {
    private static final int MASK_DELTA = 0xa282ead8;

    private final CRC32C crc = new CRC32C();

    /** Masked CRC-32C of {@code buf[offset, offset + length)}. */
    public int of(byte[] buf, int offset, int length) {
        crc.reset();
        crc.update(buf, offset, length);
        return mask((int) crc.getValue());
    }

    /** Applies the TFRecord mask to a plain CRC-32C value. */
    public static int mask(int crc) {
        return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
    }
}

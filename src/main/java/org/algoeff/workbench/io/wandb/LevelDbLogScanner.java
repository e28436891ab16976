// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.zip.CRC32;

import org.algoeff.workbench.task.CancellationToken;

/**
 * Walks the LevelDB-log framing of a W&B {@code .wandb} file (wandb/sdk/internal/datastore.py): a 7-byte
 * file header, then 32 KiB blocks of fragments {@code uint32 crc, uint16 length, uint8 type, data},
 * little-endian, where type is FULL 1, FIRST 2, MIDDLE 3 or LAST 4 and a block tail under 7 bytes is
 * padding. The checksum is zlib CRC-32 over the type byte and the data (not CRC-32C, unlike LevelDB).
 * A corrupt fragment loses the rest of its block; scanning resumes at the next block. Not thread-safe.
 */
final class LevelDbLogScanner {
    static final int BLOCK_BYTES = 32 * 1024;
    static final int FILE_HEADER_BYTES = 7;
    static final int FRAGMENT_HEADER_BYTES = 7;
    /** After this many consecutive zero bytes the rest of the file is not scanned. */
    static final int MAX_ZERO_BYTES = 16 << 20;
    private static final int CHUNK_BLOCKS = 32;
    /** Reassembled records larger than this are dropped; W&B records are at most a few MB. */
    static final int MAX_RECORD_BYTES = 64 << 20;

    private static final int FULL = 1;
    private static final int FIRST = 2;
    private static final int MIDDLE = 3;
    private static final int LAST = 4;

    /** Receives whole records and framing trouble; offsets are file bytes of the (first) fragment. */
    interface Sink {
        void record(byte[] buf, int offset, int length, long recordIndex, long fileOffset);

        void trouble(long recordIndex, long fileOffset, String message);
    }

    private final byte[] block = new byte[CHUNK_BLOCKS * BLOCK_BYTES];
    private final CRC32 crc = new CRC32();
    private byte[] assembly = new byte[4096];
    private int assembled = -1;
    private long assemblyOffset;
    private long recordIndex;
    private long zeroFrom = -1;

    /** Scans from just after the file header to the end of the file. */
    void scan(Path file, Sink sink, CancellationToken cancel, LongConsumer progressBytes) throws IOException {
        assembled = -1;
        recordIndex = 0;
        zeroFrom = -1;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long chunkOffset = 0;
            while (true) {
                int n = readChunk(ch, chunkOffset);
                for (int base = 0; base < n; base += BLOCK_BYTES) {
                    cancel.throwIfCancelled();
                    long blockOffset = chunkOffset + base;
                    int start = blockOffset == 0 ? FILE_HEADER_BYTES : 0;
                    scanBlock(base, Math.min(BLOCK_BYTES, n - base), start, blockOffset, sink);
                }
                progressBytes.accept(chunkOffset + n);
                if (n < block.length || longZeroRun(sink, chunkOffset + n, ch.size())) {
                    break;
                }
                chunkOffset += n;
            }
            endZeroRun(sink, ch.size());
            if (assembled >= 0) {
                sink.trouble(recordIndex, assemblyOffset, "file ends inside a multi-block record; it was dropped");
            }
        }
    }

    /** Reads up to {@link #CHUNK_BLOCKS} whole blocks at once: fewer system calls than block by block. */
    private int readChunk(FileChannel ch, long offset) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(block);
        while (target.hasRemaining()) {
            int read = ch.read(target, offset + target.position());
            if (read < 0) {
                break;
            }
        }
        return target.position();
    }

    private void scanBlock(int base, int blockLength, int start, long blockOffset, Sink sink) {
        int n = base + blockLength;
        int p = base + start;
        while (n - p >= FRAGMENT_HEADER_BYTES) {
            long at = blockOffset + p - base;
            int stored = (block[p] & 0xFF) | (block[p + 1] & 0xFF) << 8 | (block[p + 2] & 0xFF) << 16
                    | (block[p + 3] & 0xFF) << 24;
            int length = (block[p + 4] & 0xFF) | (block[p + 5] & 0xFF) << 8;
            int type = block[p + 6] & 0xFF;
            if (type == 0 && length == 0 && stored == 0) {
                // The W&B writer pads only block tails under 7 bytes, so zeros here are pre-allocated or
                // overwritten space: reported once per stretch, scanning resumes at the next block.
                zeroFrom = zeroFrom < 0 ? at : zeroFrom;
                if (assembled >= 0) {
                    dropAndReport(sink, assemblyOffset, "multi-block record interrupted by zero bytes; dropped");
                }
                return;
            }
            endZeroRun(sink, at);
            if (p + FRAGMENT_HEADER_BYTES + length > n) {
                String why = blockLength < BLOCK_BYTES ? "file ends inside a record; the file is truncated"
                        : "fragment length " + length + " runs past its block; rest of block skipped";
                dropAndReport(sink, at, why);
                return;
            }
            crc.reset();
            crc.update(type);
            crc.update(block, p + FRAGMENT_HEADER_BYTES, length);
            if ((int) crc.getValue() != stored || type < FULL || type > LAST) {
                String why = type < FULL || type > LAST ? "unknown fragment type " + type : "checksum mismatch";
                dropAndReport(sink, at, why + "; rest of block skipped");
                return;
            }
            fragment(sink, type, p + FRAGMENT_HEADER_BYTES, length, at);
            p += FRAGMENT_HEADER_BYTES + length;
        }
        if (blockLength < BLOCK_BYTES && p < n && !allZero(p, n)) {
            // The writer pads only the tails of full blocks: bytes left in the last, partial block are the start
            // of a fragment header cut off with the file.
            dropAndReport(sink, blockOffset + p - base, "file ends inside a record header (" + (n - p)
                    + " of " + FRAGMENT_HEADER_BYTES + " bytes); the file is truncated");
        }
    }

    private boolean allZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (block[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private void fragment(Sink sink, int type, int from, int length, long at) {
        if (type == FULL || type == FIRST) {
            if (assembled >= 0) {
                dropAndReport(sink, assemblyOffset, "multi-block record was never finished; it was dropped");
            }
            if (type == FULL) {
                sink.record(block, from, length, recordIndex++, at);
                return;
            }
            assembled = 0;
            assemblyOffset = at;
        } else if (assembled < 0) {
            sink.trouble(recordIndex, at, "record continuation without a start; skipped");
            return;
        }
        if ((long) assembled + length > MAX_RECORD_BYTES) {
            dropAndReport(sink, assemblyOffset, "record larger than " + MAX_RECORD_BYTES + " bytes; dropped");
            return;
        }
        if (assembled + length > assembly.length) {
            assembly = Arrays.copyOf(assembly, Math.max(assembled + length, assembly.length * 2));
        }
        System.arraycopy(block, from, assembly, assembled, length);
        assembled += length;
        if (type == LAST) {
            sink.record(assembly, 0, assembled, recordIndex++, assemblyOffset);
            assembled = -1;
        }
    }

    /** A long stretch of zeros (a sparse or pre-allocated file) ends the scan: W&B never writes one. */
    private boolean longZeroRun(Sink sink, long scannedTo, long fileSize) {
        if (zeroFrom < 0 || scannedTo - zeroFrom < MAX_ZERO_BYTES) {
            return false;
        }
        sink.trouble(recordIndex, zeroFrom, "zero bytes from here on (" + (scannedTo - zeroFrom)
                + " bytes seen); the remaining " + (fileSize - scannedTo) + " bytes were not scanned");
        zeroFrom = -1;
        return true;
    }

    private void endZeroRun(Sink sink, long end) {
        if (zeroFrom >= 0) {
            sink.trouble(recordIndex, zeroFrom, "zero bytes up to byte " + end + " hold no records; skipped");
            zeroFrom = -1;
        }
    }

    private void dropAndReport(Sink sink, long at, String message) {
        if (assembled >= 0) {
            assembled = -1;
            recordIndex++;
        }
        sink.trouble(recordIndex, at, message);
    }
}

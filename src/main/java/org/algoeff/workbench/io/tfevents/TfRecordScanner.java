// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

import org.algoeff.workbench.task.CancellationToken;

/**
 * Walks the TFRecord framing of one file ({@code uint64 length, uint32 masked_crc32c(length),
 * data[length], uint32 masked_crc32c(data)}, little-endian; tensorflow/core/lib/io/record_writer.cc)
 * through one reusable heap buffer, and hands each record's data slice to a {@link Sink}.
 *
 * <p>Follows RustBoard's error rules (tf_record.rs): a bad length CRC ends the file, since nothing after
 * it can be trusted to be a record boundary; a bad data CRC drops only that record; a record running
 * past the end of the file is a truncated tail. Not thread-safe.
 */
final class TfRecordScanner {
    /** Records larger than this are skipped unread: scalar events are tens of bytes, graphs may be huge. */
    static final int MAX_RECORD_BYTES = 64 << 20;
    static final int HEADER_BYTES = 12;
    static final int FOOTER_BYTES = 4;
    private static final int BUFFER_BYTES = 1 << 20;

    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Receives records and framing trouble; {@code recordIndex} counts from 0, offsets are file bytes. */
    interface Sink {
        void record(byte[] buf, int offset, int length, long recordIndex, long fileOffset);

        void trouble(long recordIndex, long fileOffset, String message, boolean fatal);
    }

    private final MaskedCrc32c crc = new MaskedCrc32c();
    private byte[] buf = new byte[BUFFER_BYTES];
    private FileChannel channel;
    private long bufferFileOffset;
    private int pos;
    private int filled;
    private boolean eof;

    /**
     * Scans the whole file; {@code progressBytes} gets the file offset now and then (every buffer refill).
     *
     * @return the number of bytes consumed as whole records (where a truncated tail starts)
     */
    long scan(Path file, Sink sink, CancellationToken cancel, LongConsumer progressBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            channel = ch;
            bufferFileOffset = 0;
            pos = 0;
            filled = 0;
            eof = false;
            return scanRecords(ch.size(), sink, cancel, progressBytes);
        } finally {
            channel = null;
        }
    }

    private long scanRecords(long fileSize, Sink sink, CancellationToken cancel, LongConsumer progressBytes)
            throws IOException {
        long index = 0;
        while (true) {
            cancel.throwIfCancelled();
            long at = bufferFileOffset + pos;
            if (!ensure(HEADER_BYTES, progressBytes)) {
                if (filled > pos) {
                    sink.trouble(index, at, "file ends inside a record header (" + (filled - pos)
                            + " of 12 bytes); the file is truncated or still being written", true);
                }
                return at;
            }
            long length = (long) LE_LONG.get(buf, pos);
            if (crc.of(buf, pos, 8) != (int) LE_INT.get(buf, pos + 8)) {
                sink.trouble(index, at, "length checksum mismatch; the rest of the file cannot be framed", true);
                return at;
            }
            long available = fileSize - at - HEADER_BYTES - FOOTER_BYTES;
            if (length < 0 || length > available) {
                sink.trouble(index, at, "record claims " + Long.toUnsignedString(length) + " bytes but only "
                        + Math.max(0, available) + " remain; the file is truncated", true);
                return at;
            }
            if (length > MAX_RECORD_BYTES) {
                sink.trouble(index, at, "record of " + length + " bytes exceeds the " + MAX_RECORD_BYTES
                        + "-byte limit and was skipped unread", false);
                skipTo(at + HEADER_BYTES + length + FOOTER_BYTES);
            } else if (!ensure(HEADER_BYTES + (int) length + FOOTER_BYTES, progressBytes)) {
                sink.trouble(index, at, "file ends inside record data; the file is truncated", true);
                return at;
            } else {
                handle(sink, (int) length, index, at);
                pos += HEADER_BYTES + (int) length + FOOTER_BYTES;
            }
            index++;
        }
    }

    private void handle(Sink sink, int length, long index, long at) {
        int data = pos + HEADER_BYTES;
        if (crc.of(buf, data, length) != (int) LE_INT.get(buf, data + length)) {
            sink.trouble(index, at, "data checksum mismatch; record skipped", false);
        } else {
            sink.record(buf, data, length, index, at);
        }
    }

    /** Makes {@code buf[pos, pos + n)} hold file bytes; false if the file ends first. */
    private boolean ensure(int n, LongConsumer progressBytes) throws IOException {
        if (filled - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, filled - pos);
            bufferFileOffset += pos;
            filled -= pos;
            pos = 0;
        }
        if (n > buf.length) {
            byte[] bigger = new byte[Math.max(n, buf.length * 2)];
            System.arraycopy(buf, 0, bigger, 0, filled);
            buf = bigger;
        }
        ByteBuffer target = ByteBuffer.wrap(buf);
        while (filled < n && !eof) {
            target.limit(buf.length).position(filled);
            int read = channel.read(target);
            if (read < 0) {
                eof = true;
            } else {
                filled += read;
            }
        }
        progressBytes.accept(bufferFileOffset + filled);
        return filled - pos >= n;
    }

    private void skipTo(long fileOffset) throws IOException {
        channel.position(fileOffset);
        bufferFileOffset = fileOffset;
        pos = 0;
        filled = 0;
        eof = false;
    }
}

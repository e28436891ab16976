// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.algoeff.workbench.io.proto.ProtoWriter;

/**
 * Writes {@code .wandb} files for tests the way wandb/sdk/internal/datastore.py does: ":W&B" header, 32 KiB
 * blocks, records split into FULL/FIRST/MIDDLE/LAST fragments, tails under 7 bytes zero-padded.
 */
public final class WandbTestWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Long> recordOffsets = new ArrayList<>();

    public WandbTestWriter() {
        out.writeBytes(new byte[] {':', 'W', '&', 'B', (byte) 0xE1, (byte) 0xBE, 0});
    }

    public WandbTestWriter add(byte[] record) {
        recordOffsets.add((long) out.size());
        int done = 0;
        boolean first = true;
        while (true) {
            int left = LevelDbLogScanner.BLOCK_BYTES - out.size() % LevelDbLogScanner.BLOCK_BYTES;
            if (left < 7) {
                out.writeBytes(new byte[left]);
                if (first) {
                    recordOffsets.set(recordOffsets.size() - 1, (long) out.size());
                }
                continue;
            }
            int n = Math.min(left - 7, record.length - done);
            boolean last = done + n == record.length;
            int type = first && last ? 1 : first ? 2 : last ? 4 : 3;
            fragment(type, record, done, n);
            done += n;
            first = false;
            if (last) {
                return this;
            }
        }
    }

    private void fragment(int type, byte[] data, int from, int n) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data, from, n);
        int c = (int) crc.getValue();
        out.writeBytes(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
            (byte) n, (byte) (n >> 8), (byte) type});
        out.write(data, from, n);
    }

    long offsetOf(int record) {
        return recordOffsets.get(record);
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    /** Record{num, history{item{key, value_json}..., step{num}}}. */
    public static byte[] history(long num, long step, String... keyJsonPairs) {
        ProtoWriter h = new ProtoWriter();
        for (int i = 0; i < keyJsonPairs.length; i += 2) {
            h.message(1, new ProtoWriter().string(1, keyJsonPairs[i]).string(16, keyJsonPairs[i + 1]));
        }
        h.message(2, new ProtoWriter().varint(1, step));
        return new ProtoWriter().varint(1, num).message(2, h).toByteArray();
    }

    /** Record{summary{update{key, value_json}}}. */
    static byte[] summary(String key, String json) {
        return new ProtoWriter().message(3, new ProtoWriter().message(1,
                new ProtoWriter().string(1, key).string(16, json))).toByteArray();
    }

    /** Record{run{run_id, project, display_name}}. */
    static byte[] run(String id, String project, String displayName) {
        return new ProtoWriter().message(17, new ProtoWriter().string(1, id).string(3, project)
                .string(8, displayName)).toByteArray();
    }

    /** Record{output_raw{line}} padding of about {@code bytes} bytes (to fill blocks). */
    static byte[] output(int bytes) {
        return new ProtoWriter().message(13, new ProtoWriter().string(2, "x".repeat(bytes))).toByteArray();
    }
}

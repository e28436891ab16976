// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.proto.ProblemList;
import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads the binary W&B transaction log {@code run-<id>.wandb} that the W&B SDK writes into each local run
 * folder: every numeric history value as a point over {@code _step}, wall time from {@code _timestamp}
 * (seconds since the epoch); summary, config and run identity as metadata. Stateless and thread-safe.
 */
public final class WandbBinaryReader implements LogReader {
    public static final String FORMAT_ID = "wandb-binary";
    public static final String KEY_RUN_ID = "wandb.run_id";
    public static final String KEY_ENTITY = "wandb.entity";
    public static final String KEY_PROJECT = "wandb.project";
    public static final String KEY_DISPLAY_NAME = "wandb.display_name";
    /** Metadata key: number of history rows read. */
    public static final String KEY_HISTORY_ROWS = "wandb.history_rows";

    private final boolean showInternal;

    /** A reader that hides W&B bookkeeping keys ({@link WandbKeys}). */
    public WandbBinaryReader() {
        this(false);
    }

    /** @param showInternal whether W&B bookkeeping keys ({@link WandbKeys}) are kept as series */
    public WandbBinaryReader(boolean showInternal) {
        this.showInternal = showInternal;
    }

    /** ":W&B", magic 0xBEE1 little-endian, version 0 (datastore.py LEVELDBLOG_HEADER_*). */
    private static final byte[] HEADER = {':', 'W', '&', 'B', (byte) 0xE1, (byte) 0xBE, 0};

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    /** By content only: the 7-byte ":W&B" header (the name {@code run-*.wandb} is not needed). */
    @Override
    public boolean accepts(Path file, byte[] head) {
        return hasHeader(head, head == null ? 0 : head.length);
    }

    private static boolean hasHeader(byte[] head, int length) {
        if (head == null || length < HEADER.length) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (head[i] != HEADER[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        String source = file.toString();
        ProblemList problems = new ProblemList(source);
        if (!checkHeader(file, problems)) {
            return new ParseResult<>(List.of(), problems.toList());
        }
        WandbRecordDecoder decoder = new WandbRecordDecoder();
        long size = Math.max(1, Files.size(file));
        String message = "reading " + file.getFileName();
        RecordSink sink = new RecordSink(decoder, problems);
        new LevelDbLogScanner().scan(file, sink, cancel,
                bytes -> progress.progress(Math.min(1.0, bytes / (double) size), message));
        if (decoder.keyLimitHit()) {
            problems.add(Severity.WARNING, "", "more than " + WandbRecordDecoder.MAX_KEYS
                    + " distinct history keys; further keys ignored");
        }
        progress.progress(1.0, "read " + sink.valid + " records");
        if (sink.valid == 0) {
            if (problems.toList().isEmpty()) {
                problems.add(Severity.ERROR, "", "nothing loaded: no records after the file header");
            }
            return new ParseResult<>(List.of(), problems.toList());
        }
        if (decoder.series().isEmpty()) {
            problems.add(Severity.WARNING, "", "no numeric history values in " + sink.valid + " records");
        }
        return new ParseResult<>(List.of(toRun(decoder, file, new WandbKeys(showInternal))), problems.toList());
    }

    private static boolean checkHeader(Path file, ProblemList problems) throws IOException {
        byte[] head = new byte[HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (!hasHeader(head, n)) {
            problems.add(Severity.ERROR, "byte 0", "not a W&B transaction log: the \":W&B\" header is missing");
            return false;
        }
        if (head[6] != 0) {
            problems.add(Severity.WARNING, "byte 6", "unknown .wandb format version " + (head[6] & 0xFF)
                    + "; reading it as version 0");
        }
        return true;
    }

    private static Run toRun(WandbRecordDecoder decoder, Path file, WandbKeys keys) {
        List<MetricSeries> series = new ArrayList<>();
        // Each builder is dropped once frozen, so builders and trimmed copies are not all live at once.
        for (Iterator<SeriesBuilder> it = decoder.series().values().iterator(); it.hasNext(); ) {
            SeriesBuilder b = it.next();
            if (keys.keep(b.tag())) {
                series.add(b.build());
            }
            it.remove();
        }
        Map<String, String> metadata = new LinkedHashMap<>(decoder.metadata());
        metadata.put(KEY_HISTORY_ROWS, Long.toString(decoder.historyRows()));
        String fileName = String.valueOf(file.getFileName());
        String name = metadata.getOrDefault(KEY_DISPLAY_NAME, metadata.getOrDefault(KEY_RUN_ID,
                fileName.endsWith(".wandb") ? fileName.substring(0, fileName.length() - 6) : fileName));
        return new Run(name, FORMAT_ID, file.toString(), metadata.get(KEY_RUN_ID), null, series, metadata);
    }

    /** Feeds records to the decoder and turns framing and protobuf trouble into problems. */
    private static final class RecordSink implements LevelDbLogScanner.Sink {
        private final WandbRecordDecoder decoder;
        private final ProblemList problems;
        long valid;

        RecordSink(WandbRecordDecoder decoder, ProblemList problems) {
            this.decoder = decoder;
            this.problems = problems;
        }

        @Override
        public void record(byte[] buf, int offset, int length, long recordIndex, long fileOffset) {
            try {
                decoder.decode(buf, offset, length);
                valid++;
            } catch (ProtoFormatException e) {
                problems.add(Severity.ERROR, ProblemList.where(recordIndex, fileOffset),
                        "record is not a valid W&B Record (" + e.getMessage() + "); skipped");
            }
        }

        @Override
        public void trouble(long recordIndex, long fileOffset, String message) {
            problems.add(Severity.ERROR, ProblemList.where(recordIndex, fileOffset), message);
        }
    }
}

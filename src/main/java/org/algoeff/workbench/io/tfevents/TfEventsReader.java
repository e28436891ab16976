// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.proto.ProblemList;
import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads TensorBoard event files ({@code events.out.tfevents.*}): every scalar point of every tag, with
 * the Event's {@code step} and {@code wall_time} (seconds since the epoch). Stateless and thread-safe;
 * each call decodes with its own buffers. See docs/tfevents.md for what is read and what is skipped.
 */
public final class TfEventsReader implements LogReader {
    public static final String FORMAT_ID = "tfevents";
    /** Metadata key of the first {@code file_version} record, e.g. "brain.Event:2". */
    public static final String KEY_FILE_VERSION = "tfevents.file_version";
    /** Metadata key of the writer named in {@code source_metadata}, e.g. "pytorch". */
    public static final String KEY_WRITER = "tfevents.writer";
    /** Metadata key: how many event files were merged into the run. */
    public static final String KEY_FILES = "tfevents.files";

    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    /** By name ({@code *tfevents*}) or by content: a first record header whose length checksum matches. */
    @Override
    public boolean accepts(Path file, byte[] head) {
        Path name = file.getFileName();
        if (name != null && name.toString().contains("tfevents")) {
            return true;
        }
        return startsWithRecordHeader(head);
    }

    /** Whether {@code head} begins with a TFRecord header: 8 length bytes, then their masked CRC-32C. */
    public static boolean startsWithRecordHeader(byte[] head) {
        if (head == null || head.length < TfRecordScanner.HEADER_BYTES) {
            return false;
        }
        long length = (long) LE_LONG.get(head, 0);
        // A plausible first record is small; this also rules out the all-zero header of an empty sparse file.
        boolean plausible = length > 0 && length <= TfRecordScanner.MAX_RECORD_BYTES;
        return plausible && new MaskedCrc32c().of(head, 0, 8) == (int) LE_INT.get(head, 8);
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        Path name = file.getFileName();
        return readFiles(List.of(file), name == null ? file.toString() : name.toString(), file.toString(),
                progress, cancel);
    }

    /**
     * Reads the event files of one run folder as one run: files in file-name order (the timestamp in
     * the name makes that chronological), points appended in that order, so steps may restart.
     *
     * @param eventFiles the event files directly inside one folder; the run is named after the folder
     */
    public static ParseResult<List<Run>> readRunFolder(List<Path> eventFiles, ProgressSink progress,
            CancellationToken cancel) throws IOException {
        if (eventFiles.isEmpty()) {
            return ParseResult.of(List.of());
        }
        List<Path> sorted = new ArrayList<>(eventFiles);
        sorted.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
        Path folder = sorted.get(0).toAbsolutePath().getParent();
        String runName = folder == null || folder.getFileName() == null ? "run" : folder.getFileName().toString();
        String source = sorted.get(0).getParent() == null ? "." : sorted.get(0).getParent().toString();
        return readFiles(sorted, runName, source, progress, cancel);
    }

    private static ParseResult<List<Run>> readFiles(List<Path> files, String runName, String source,
            ProgressSink progress, CancellationToken cancel) throws IOException {
        EventDecoder decoder = new EventDecoder();
        TfRecordScanner scanner = new TfRecordScanner();
        List<Problem> problems = new ArrayList<>();
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        long doneBytes = 0;
        long records = 0;
        for (Path f : files) {
            cancel.throwIfCancelled();
            FileSink sink = new FileSink(f.toString(), decoder);
            if (Files.size(f) == 0) {
                sink.problems.add(Severity.WARNING, "byte 0", "file is empty; no events in it");
            }
            long before = doneBytes;
            long all = Math.max(1, totalBytes);
            String message = "reading " + f.getFileName();
            scanner.scan(f, sink, cancel, bytes -> progress.progress(Math.min(1.0, (before + bytes) / (double) all),
                    message));
            doneBytes += Files.size(f);
            records += sink.validRecords;
            problems.addAll(sink.problems.toList());
        }
        progress.progress(1.0, "read " + records + " records");
        if (records == 0) {
            if (problems.isEmpty()) {
                problems.add(Problem.error(source, "", "nothing loaded: no event records in the file"));
            }
            return new ParseResult<>(List.of(), problems);
        }
        Run run = toRun(decoder, runName, source, files.size());
        if (run.series().isEmpty()) {
            // A run without a single point is nothing loaded, whatever else the events held.
            problems.add(Problem.error(source, "", records == files.size()
                    ? "nothing loaded: the file holds only its header event (file_version), no scalar values: the "
                        + "writer was opened but nothing was logged"
                    : "nothing loaded: no scalar values in " + records
                        + " events (only graphs, images, histograms, text or other plugins)"));
            return new ParseResult<>(List.of(), problems);
        }
        return new ParseResult<>(List.of(run), problems);
    }

    private static Run toRun(EventDecoder decoder, String runName, String source, int fileCount) {
        List<MetricSeries> series = new ArrayList<>();
        for (TagSeries tag : decoder.tags().inOrder()) {
            if (tag.points.size() > 0) {
                series.add(tag.freeze());
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (decoder.fileVersion() != null) {
            metadata.put(KEY_FILE_VERSION, decoder.fileVersion());
        }
        if (decoder.writer() != null) {
            metadata.put(KEY_WRITER, decoder.writer());
        }
        metadata.put(KEY_FILES, Integer.toString(fileCount));
        return new Run(runName, FORMAT_ID, source, series, metadata);
    }

    /** Decodes the records of one file and turns framing and protobuf trouble into that file's problems. */
    private static final class FileSink implements TfRecordScanner.Sink {
        final ProblemList problems;
        final EventDecoder decoder;
        long validRecords;
        private long currentRecord;
        private long currentOffset;

        FileSink(String source, EventDecoder decoder) {
            this.problems = new ProblemList(source);
            this.decoder = decoder;
            decoder.warnTo(message -> problems.add(Severity.WARNING,
                    ProblemList.where(currentRecord, currentOffset), message));
        }

        @Override
        public void record(byte[] buf, int offset, int length, long recordIndex, long fileOffset) {
            currentRecord = recordIndex;
            currentOffset = fileOffset;
            try {
                decoder.decode(buf, offset, length);
                validRecords++;
            } catch (ProtoFormatException e) {
                problems.add(Severity.ERROR, ProblemList.where(recordIndex, fileOffset),
                        "record is not a valid Event (" + e.getMessage() + "); its values were kept up to the fault");
            }
        }

        @Override
        public void trouble(long recordIndex, long fileOffset, String message, boolean fatal) {
            String kept = fatal ? "; the " + recordIndex + " records before it were kept" : "";
            problems.add(Severity.ERROR, ProblemList.where(recordIndex, fileOffset), message + kept);
        }
    }
}

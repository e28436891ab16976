// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.io.proto.ProtoReader;
import org.algoeff.workbench.io.text.SeriesCap;

/**
 * Decodes serialized {@code tensorboard.Event} records (event.proto, summary.proto) and appends their
 * scalar values to per-tag series. State (tag table, each tag's first metadata) spans all files of a
 * run, because TensorBoard writes a tag's plugin metadata only with its first value. Not thread-safe.
 *
 * <p>Scalars are {@code simple_value}s, and rank-0 {@code tensor}s of tags whose metadata names the
 * "scalars" plugin or data class SCALAR. Graphs, images, histograms, audio, text and hparams are skipped.
 */
final class EventDecoder {
    /** Beyond this many distinct tags new tags are ignored, so hostile files cannot exhaust memory. */
    static final int MAX_TAGS = SeriesCap.MAX_SERIES_PER_FILE;

    private static final byte[] SCALARS_PLUGIN = "scalars".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA_CLASS_SCALAR = 1;

    private final ProtoReader in = new ProtoReader();
    private final TensorScalarDecoder tensors = new TensorScalarDecoder();
    private final TagTable tags = new TagTable();
    private int[] summarySlices = new int[4];
    private String fileVersion;
    private String writer;
    private boolean tagLimitWarned;
    private Consumer<String> warnings = message -> { };
    // Field positions of the Summary.Value being decoded (see readValueFields).
    private int tagOffset;
    private int tagLength;
    private boolean hasSimple;
    private float simple;
    private int metaOffset;
    private int metaLength;
    private int tensorOffset;
    private int tensorLength;

    TagTable tags() {
        return tags;
    }

    /** The first {@code file_version} seen ("brain.Event:2"), or null. */
    String fileVersion() {
        return fileVersion;
    }

    /** The writer named in the first {@code source_metadata}, or null. */
    String writer() {
        return writer;
    }

    /** Where per-tag warnings (unsupported tensor dtype, too many tags) go; each is sent once per tag. */
    void warnTo(Consumer<String> sink) {
        this.warnings = sink;
    }

    /** Decodes one Event from {@code buf[offset, offset + length)}. */
    void decode(byte[] buf, int offset, int length) throws ProtoFormatException {
        in.reset(buf, offset, length);
        double wallTimeSeconds = Double.NaN;
        long step = 0;
        int summaries = 0;
        while (in.hasRemaining()) {
            int tag = in.readTag();
            switch (tag) {
                case (1 << 3) | ProtoReader.WIRE_FIXED64 -> wallTimeSeconds = in.readDouble();
                case (2 << 3) | ProtoReader.WIRE_VARINT -> step = in.readVarint();
                case (3 << 3) | ProtoReader.WIRE_LEN -> readFileVersion();
                case (5 << 3) | ProtoReader.WIRE_LEN -> summaries = rememberSummary(summaries);
                case (10 << 3) | ProtoReader.WIRE_LEN -> readSourceMetadata();
                default -> in.skipField(tag);
            }
        }
        // Fields may come in any order, so summaries are decoded once step and wall time are known.
        for (int i = 0; i < summaries; i++) {
            in.reset(buf, summarySlices[2 * i], summarySlices[2 * i + 1]);
            decodeSummary(step, wallTimeSeconds);
        }
    }

    private int rememberSummary(int count) throws ProtoFormatException {
        int length = in.readLength();
        if (2 * count + 2 > summarySlices.length) {
            summarySlices = Arrays.copyOf(summarySlices, summarySlices.length * 2);
        }
        summarySlices[2 * count] = in.position();
        summarySlices[2 * count + 1] = length;
        in.skipBytes(length);
        return count + 1;
    }

    private void readFileVersion() throws ProtoFormatException {
        String version = in.readString();
        if (fileVersion == null) {
            fileVersion = version;
        }
    }

    private void readSourceMetadata() throws ProtoFormatException {
        int old = in.pushLimit(in.readLength());
        while (in.hasRemaining()) {
            int tag = in.readTag();
            if (tag == ((1 << 3) | ProtoReader.WIRE_LEN) && writer == null) {
                writer = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        in.popLimit(old);
    }

    private void decodeSummary(long step, double wallTimeSeconds) throws ProtoFormatException {
        while (in.hasRemaining()) {
            int tag = in.readTag();
            if (tag == ((1 << 3) | ProtoReader.WIRE_LEN)) {
                int old = in.pushLimit(in.readLength());
                decodeValue(step, wallTimeSeconds);
                in.popLimit(old);
            } else {
                in.skipField(tag);
            }
        }
    }

    /** One Summary.Value: tag 1, simple_value 2, tensor 8, metadata 9; all else skipped. */
    private void decodeValue(long step, double wallTimeSeconds) throws ProtoFormatException {
        readValueFields();
        if (tagOffset < 0) {
            return;
        }
        TagSeries series = seriesFor(in.buffer(), tagOffset, tagLength);
        if (series == null) {
            return;
        }
        if (!series.metadataSeen && metaOffset >= 0) {
            series.metadataSeen = true;
            series.kind = pluginKind(metaOffset, metaLength);
        }
        if (hasSimple) {
            series.points.add(step, simple, wallTimeSeconds);
        } else if (tensorOffset >= 0 && series.kind == TagSeries.Kind.SCALARS) {
            addTensorScalar(series, tensorOffset, tensorLength, step, wallTimeSeconds);
        }
    }

    /** Notes where the fields of one Value are, without copying them (fields of this decoder, not locals). */
    private void readValueFields() throws ProtoFormatException {
        tagOffset = -1;
        hasSimple = false;
        metaOffset = -1;
        tensorOffset = -1;
        while (in.hasRemaining()) {
            int tag = in.readTag();
            switch (tag) {
                case (1 << 3) | ProtoReader.WIRE_LEN -> {
                    tagLength = in.readLength();
                    tagOffset = in.position();
                    in.skipBytes(tagLength);
                }
                case (2 << 3) | ProtoReader.WIRE_FIXED32 -> {
                    simple = in.readFloat();
                    hasSimple = true;
                }
                case (8 << 3) | ProtoReader.WIRE_LEN -> {
                    tensorLength = in.readLength();
                    tensorOffset = in.position();
                    in.skipBytes(tensorLength);
                }
                case (9 << 3) | ProtoReader.WIRE_LEN -> {
                    metaLength = in.readLength();
                    metaOffset = in.position();
                    in.skipBytes(metaLength);
                }
                default -> in.skipField(tag);
            }
        }
    }

    private TagSeries seriesFor(byte[] buf, int offset, int length) {
        TagSeries series = tags.find(buf, offset, length);
        if (series != null) {
            return series;
        }
        if (tags.size() >= MAX_TAGS) {
            if (!tagLimitWarned) {
                tagLimitWarned = true;
                warnings.accept("more than " + MAX_TAGS + " distinct tags; further tags ignored");
            }
            return null;
        }
        return tags.add(buf, offset, length);
    }

    private void addTensorScalar(TagSeries series, int offset, int length, long step, double wallTimeSeconds)
            throws ProtoFormatException {
        int end = in.limit();
        int resume = in.position();
        in.reset(in.buffer(), offset, length);
        TensorScalarDecoder.Outcome outcome = tensors.decode(in);
        in.reset(in.buffer(), resume, end - resume);
        if (outcome == TensorScalarDecoder.Outcome.OK) {
            series.points.add(step, tensors.value(), wallTimeSeconds);
        } else if (!series.warned) {
            series.warned = true;
            warnings.accept("tag '" + series.tag + "': scalar tensor skipped (" + describe(outcome) + ")");
        }
    }

    private String describe(TensorScalarDecoder.Outcome outcome) {
        return switch (outcome) {
            case NOT_RANK_0 -> "not rank 0";
            case UNSUPPORTED_DTYPE -> "unsupported dtype " + tensors.dtype();
            default -> "no value";
        };
    }

    /** SummaryMetadata: plugin_data (1) { plugin_name (1) }, data_class (4). */
    private TagSeries.Kind pluginKind(int offset, int length) throws ProtoFormatException {
        ProtoReader meta = new ProtoReader(in.buffer(), offset, length);
        TagSeries.Kind kind = TagSeries.Kind.OTHER;
        while (meta.hasRemaining()) {
            int tag = meta.readTag();
            if (tag == ((1 << 3) | ProtoReader.WIRE_LEN)) {
                int old = meta.pushLimit(meta.readLength());
                while (meta.hasRemaining()) {
                    int inner = meta.readTag();
                    if (inner == ((1 << 3) | ProtoReader.WIRE_LEN)) {
                        int n = meta.readLength();
                        byte[] buf = meta.buffer();
                        int at = meta.position();
                        if (Arrays.equals(buf, at, at + n, SCALARS_PLUGIN, 0, SCALARS_PLUGIN.length)) {
                            kind = TagSeries.Kind.SCALARS;
                        }
                        meta.skipBytes(n);
                    } else {
                        meta.skipField(inner);
                    }
                }
                meta.popLimit(old);
            } else if (tag == ((4 << 3) | ProtoReader.WIRE_VARINT)) {
                kind = meta.readVarint() == DATA_CLASS_SCALAR ? TagSeries.Kind.SCALARS : kind;
            } else {
                meta.skipField(tag);
            }
        }
        return kind;
    }
}

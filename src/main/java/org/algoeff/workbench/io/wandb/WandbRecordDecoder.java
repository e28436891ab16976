// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.io.proto.ProtoReader;
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.model.SeriesBuilder;

/**
 * Decodes {@code wandb_internal.Record} protobufs (wandb/proto/wandb_internal.proto): history rows become
 * points of per-key series over {@code _step}; summary, config and run identity become metadata. Values
 * are JSON strings ({@code value_json}); only JSON numbers (and NaN/Infinity, which Python's json writes)
 * become points. Not thread-safe.
 */
final class WandbRecordDecoder {
    /** Beyond this many distinct keys new keys are ignored, so hostile files cannot exhaust memory. */
    static final int MAX_KEYS = SeriesCap.MAX_SERIES_PER_FILE;
    /** Metadata values are cut to this many characters (configs can hold whole JSON documents). */
    static final int MAX_METADATA_CHARS = 500;

    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|NaN|-?Infinity");

    // Record fields (oneof record_type).
    private static final int RECORD_HISTORY = 2;
    private static final int RECORD_SUMMARY = 3;
    private static final int RECORD_CONFIG = 5;
    private static final int RECORD_RUN = 17;

    private final ProtoReader in = new ProtoReader();
    private final Map<String, SeriesBuilder> series = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String[]> row = new ArrayList<>();
    private long historyRows;
    private boolean keyLimitHit;

    Map<String, SeriesBuilder> series() {
        return series;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    long historyRows() {
        return historyRows;
    }

    boolean keyLimitHit() {
        return keyLimitHit;
    }

    /** Decodes one Record from {@code buf[offset, offset + length)}. */
    void decode(byte[] buf, int offset, int length) throws ProtoFormatException {
        in.reset(buf, offset, length);
        while (in.hasRemaining()) {
            int tag = in.readTag();
            int field = ProtoReader.fieldNumber(tag);
            if (ProtoReader.wireType(tag) != ProtoReader.WIRE_LEN || !isDecoded(field)) {
                in.skipField(tag);
                continue;
            }
            int old = in.pushLimit(in.readLength());
            switch (field) {
                case RECORD_HISTORY -> history();
                case RECORD_SUMMARY -> items("summary/", 1, 2);
                case RECORD_CONFIG -> items("config/", 1, 2);
                default -> run();
            }
            in.popLimit(old);
        }
    }

    private static boolean isDecoded(int field) {
        return field == RECORD_HISTORY || field == RECORD_SUMMARY || field == RECORD_CONFIG || field == RECORD_RUN;
    }

    /** HistoryRecord: item (1) = HistoryItem {key 1, nested_key 2, value_json 16}, step (2) = {num 1}. */
    private void history() throws ProtoFormatException {
        row.clear();
        long recordStep = -1;
        while (in.hasRemaining()) {
            int tag = in.readTag();
            if (tag == ((1 << 3) | ProtoReader.WIRE_LEN)) {
                int old = in.pushLimit(in.readLength());
                row.add(item());
                in.popLimit(old);
            } else if (tag == ((2 << 3) | ProtoReader.WIRE_LEN)) {
                int old = in.pushLimit(in.readLength());
                recordStep = 0; // a present but empty HistoryStep is step 0 (proto3 default)
                while (in.hasRemaining()) {
                    int inner = in.readTag();
                    if (inner == ((1 << 3) | ProtoReader.WIRE_VARINT)) {
                        recordStep = in.readVarint();
                    } else {
                        in.skipField(inner);
                    }
                }
                in.popLimit(old);
            } else {
                in.skipField(tag);
            }
        }
        addRow(recordStep);
    }

    private void addRow(long recordStep) {
        double stepValue = number(find("_step"));
        long step = !Double.isNaN(stepValue) ? (long) stepValue : recordStep >= 0 ? recordStep : historyRows;
        double wallTimeSeconds = number(find("_timestamp"));
        historyRows++;
        for (String[] item : row) {
            if (item[0].equals("_step") || item[0].equals("_timestamp")) {
                continue;
            }
            double value = number(item[1]);
            if (Double.isNaN(value) && !"NaN".equals(item[1])) {
                continue;
            }
            SeriesBuilder builder = builderFor(item[0]);
            if (builder != null) {
                builder.add(step, value, wallTimeSeconds);
            }
        }
    }

    private SeriesBuilder builderFor(String key) {
        SeriesBuilder builder = series.get(key);
        if (builder == null) {
            if (series.size() >= MAX_KEYS) {
                keyLimitHit = true;
                return null;
            }
            builder = new SeriesBuilder(key, 16);
            series.put(key, builder);
        }
        return builder;
    }

    private String find(String key) {
        for (String[] item : row) {
            if (item[0].equals(key)) {
                return item[1];
            }
        }
        return null;
    }

    /** The JSON value as a double; NaN for anything that is not a JSON number (or NaN/Infinity). */
    static double number(String json) {
        if (json == null) {
            return Double.NaN;
        }
        String trimmed = json.strip();
        if (trimmed.length() > 64 || !JSON_NUMBER.matcher(trimmed).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(trimmed);
    }

    /** HistoryItem / SummaryItem / ConfigItem share a layout: key 1, nested_key 2, value_json 16. */
    private String[] item() throws ProtoFormatException {
        String key = "";
        StringBuilder nested = null;
        String json = "";
        while (in.hasRemaining()) {
            int tag = in.readTag();
            if (tag == ((1 << 3) | ProtoReader.WIRE_LEN)) {
                key = in.readString();
            } else if (tag == ((2 << 3) | ProtoReader.WIRE_LEN)) {
                nested = nested == null ? new StringBuilder() : nested.append('.');
                nested.append(in.readString());
            } else if (tag == ((16 << 3) | ProtoReader.WIRE_LEN)) {
                json = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        // W&B flattens nested keys with '.', as run.history() column names show.
        return new String[] {nested != null ? nested.toString() : key, json};
    }

    /** SummaryRecord / ConfigRecord: update (1) and remove (2) lists of items. */
    private void items(String prefix, int updateField, int removeField) throws ProtoFormatException {
        while (in.hasRemaining()) {
            int tag = in.readTag();
            int field = ProtoReader.fieldNumber(tag);
            boolean len = ProtoReader.wireType(tag) == ProtoReader.WIRE_LEN;
            if (len && (field == updateField || field == removeField)) {
                int old = in.pushLimit(in.readLength());
                String[] kv = item();
                in.popLimit(old);
                if (field == updateField && metadata.size() < MAX_KEYS) {
                    metadata.put(prefix + kv[0], cut(kv[1]));
                } else {
                    metadata.remove(prefix + kv[0]);
                }
            } else {
                in.skipField(tag);
            }
        }
    }

    /** RunRecord: run_id 1, entity 2, project 3, config 4, summary 5, display_name 8. */
    private void run() throws ProtoFormatException {
        while (in.hasRemaining()) {
            int tag = in.readTag();
            switch (tag) {
                case (1 << 3) | ProtoReader.WIRE_LEN -> metadata.put(WandbBinaryReader.KEY_RUN_ID, cut(in.readString()));
                case (2 << 3) | ProtoReader.WIRE_LEN -> metadata.put(WandbBinaryReader.KEY_ENTITY, cut(in.readString()));
                case (3 << 3) | ProtoReader.WIRE_LEN -> metadata.put(WandbBinaryReader.KEY_PROJECT, cut(in.readString()));
                case (8 << 3) | ProtoReader.WIRE_LEN -> metadata.put(WandbBinaryReader.KEY_DISPLAY_NAME,
                        cut(in.readString()));
                case (4 << 3) | ProtoReader.WIRE_LEN, (5 << 3) | ProtoReader.WIRE_LEN -> {
                    String prefix = tag == ((4 << 3) | ProtoReader.WIRE_LEN) ? "config/" : "summary/";
                    int old = in.pushLimit(in.readLength());
                    items(prefix, 1, 2);
                    in.popLimit(old);
                }
                default -> in.skipField(tag);
            }
        }
    }

    private static String cut(String s) {
        return s.length() <= MAX_METADATA_CHARS ? s : s.substring(0, MAX_METADATA_CHARS) + "...";
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The JSON-lines layouts told apart by content: same parsing, different format id and run naming. */
public enum JsonlFlavor {
    /** Our rerun log: a header object {@code {"format":"algoeff-rerun-log",...}}, then one object per evaluation. */
    ALGOEFF_RERUN("algoeff-rerun"),
    /** W&B {@code wandb-history.jsonl}: one object per {@code wandb.log} call, x = {@code _step}. */
    WANDB_HISTORY("wandb-history"),
    /** Any file of one flat (or nested) JSON object per line. */
    GENERIC("jsonl");

    private final String formatId;

    JsonlFlavor(String formatId) {
        this.formatId = formatId;
    }

    public String formatId() {
        return formatId;
    }

    /** The flavor, or null when the head is not one JSON object per line. */
    public static JsonlFlavor classify(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonlName = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson");
        if (!text.startsWith("{", start)) {
            return null;
        }
        int nl = text.indexOf('\n', start);
        int nul = text.indexOf('\0');
        if (nul >= 0 && (nl < 0 || nul < nl)) {
            return null;
        }
        String first = (nl >= 0 ? text.substring(start, nl) : text.substring(start)).trim();
        boolean oneObjectPerLine = first.endsWith("}") && (nl >= 0 && text.indexOf('{', nl) >= 0 || jsonlName);
        // A first line longer than the head (hundreds of per-class metrics) is judged by the file name alone.
        boolean longFirstLine = nl < 0 && first.startsWith("{\"") && (jsonlName || name.startsWith("wandb-history"));
        if (!oneObjectPerLine && !longFirstLine) {
            return null;
        }
        if (first.contains("\"" + RerunLogSchema.FORMAT + "\"")) {
            return ALGOEFF_RERUN;
        }
        if (name.startsWith("wandb-history") || first.contains("\"_step\"")) {
            return WANDB_HISTORY;
        }
        return GENERIC;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the top-level {@code key: scalar} lines of a small YAML file (MLflow {@code meta.yaml}, Lightning
 * {@code hparams.yaml}); nested blocks and lists are skipped. Why not a YAML library: these files are flat
 * and written by known tools, and a full YAML parser would be a new dependency for four fields.
 */
public final class FlatYaml {
    /** Files larger than this are not read (meta files are a few hundred bytes). */
    public static final long MAX_YAML_BYTES = 1 << 20;

    private FlatYaml() {
    }

    /** Top-level scalar entries in file order; empty map if the file is missing or too large. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_YAML_BYTES) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")
                        || line.startsWith("-")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon <= 0) {
                    continue;
                }
                String value = unquote(line.substring(colon + 2).trim());
                if (!value.isEmpty() && !value.equals("null") && !value.equals("[]") && !value.equals("{}")) {
                    out.put(line.substring(0, colon).trim(), value);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            return out;
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}

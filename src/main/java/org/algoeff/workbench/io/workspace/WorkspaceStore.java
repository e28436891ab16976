// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;

/**
 * Saves and opens {@link Workspace} files: pretty JSON, written atomically with the previous file kept as .bak.
 * Opening a damaged file, or one from a newer version, gives a {@link Problem} and an empty workspace, not an
 * exception; unknown fields (from a newer minor version) are ignored.
 */
public final class WorkspaceStore {
    /** Larger files are refused: a workspace holds settings and paths, not data. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Built on first use, off the window's start-up path (Jackson's set-up is a few hundred classes). */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public void save(Workspace workspace, Path file) throws IOException {
        AtomicFiles.write(file, Mapper.JSON.writeValueAsBytes(workspace));
    }

    public ParseResult<Workspace> open(Path file) throws IOException {
        String name = file.toString();
        if (Files.size(file) > MAX_BYTES) {
            return fail(name, "", "file is larger than " + MAX_BYTES + " bytes; not a workspace");
        }
        try {
            JsonNode root = Mapper.JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                return fail(name, "", "not a workspace: the JSON is not an object");
            }
            int version = root.path("schemaVersion").asInt(-1);
            if (version < 1) {
                return fail(name, "schemaVersion", "missing or invalid schemaVersion");
            }
            if (version > Workspace.SCHEMA_VERSION) {
                return fail(name, "schemaVersion", "written by a newer version (schema " + version
                        + "); this version reads up to " + Workspace.SCHEMA_VERSION);
            }
            return ParseResult.of(Mapper.JSON.treeToValue(root, Workspace.class));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return fail(name, where, "damaged workspace JSON: " + e.getOriginalMessage());
        }
    }

    private static ParseResult<Workspace> fail(String file, String where, String message) {
        return new ParseResult<>(Workspace.empty(), List.of(Problem.error(file, where, message)));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.algoeff.workbench.analysis.plot.FigureSettings;
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
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(isoDates());
    }

    public void save(Workspace workspace, Path file) throws IOException {
        AtomicFiles.write(file, Mapper.JSON.writeValueAsBytes(workspace));
    }

    /**
     * Reads and validates a whole workspace ({@link WorkspaceCheck}): a workspace with any problem comes back empty
     * with every problem, so nothing of it is applied. Only a regular file is opened (a FIFO would block forever).
     */
    public ParseResult<Workspace> open(Path file) throws IOException {
        String name = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return fail(name, "", Files.isDirectory(file) ? "a folder, not a workspace file"
                    : "not a regular file (a FIFO, device or socket): not opened");
        }
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
            moveFittedDataset((ObjectNode) root);
            List<Problem> figureProblems = new ArrayList<>();
            checkFigure((ObjectNode) root, name, figureProblems);
            Workspace w = Mapper.JSON.treeToValue(root, Workspace.class);
            List<Problem> problems = WorkspaceCheck.problems(w, name);
            return problems.isEmpty() ? new ParseResult<>(w, figureProblems)
                    : new ParseResult<>(Workspace.empty(), problems);
        } catch (IllegalArgumentException e) {
            // A value a record refuses (bootstrapResamples out of range) that Jackson did not wrap.
            return fail(name, "", "invalid workspace: " + e.getMessage());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return fail(name, where, "damaged workspace JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Invalid figure settings (a hand-edited size of 0, an unknown legend position) are dropped with a warning so the
     * rest of the workspace still opens; the defaults take their place.
     */
    private static void checkFigure(ObjectNode root, String file, List<Problem> problems) {
        JsonNode figure = root.get("figure");
        if (figure == null || figure.isNull()) {
            return;
        }
        try {
            Mapper.JSON.treeToValue(figure, FigureSettings.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            root.remove("figure");
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            problems.add(Problem.warning(file, "figure", "figure settings ignored, defaults used: "
                    + (e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : why)));
        }
    }

    /** Schema 1 kept the fitted data set's name inside the fit settings; it now sits beside them. */
    private static void moveFittedDataset(ObjectNode root) {
        JsonNode fit = root.get("fit");
        if (fit instanceof ObjectNode f && f.has("dataset") && !root.has("fittedDataset")) {
            root.set("fittedDataset", f.get("dataset"));
        }
    }

    /** Dates as ISO-8601 strings ("2019-05-01"), as the rest of the file writes them, without the JSR-310 module. */
    private static SimpleModule isoDates() {
        SimpleModule module = new SimpleModule("iso-dates");
        module.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate date, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(date.toString());
            }
        });
        module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                try {
                    return LocalDate.parse(in.getValueAsString());
                } catch (DateTimeParseException e) {
                    throw JsonMappingException.from(in, "'" + in.getValueAsString() + "' is not a date (YYYY-MM-DD)");
                }
            }
        });
        return module;
    }

    private static ParseResult<Workspace> fail(String file, String where, String message) {
        return new ParseResult<>(Workspace.empty(), List.of(Problem.error(file, where, message)));
    }
}

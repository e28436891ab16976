// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.algoeff.workbench.io.detect.FileAccount;
import org.algoeff.workbench.io.detect.LoadOutcome;

/**
 * The part of {@code inspect} that accounts for every file of a folder: how many were read and each one skipped
 * with its reason (the table), or every file with what became of it (JSON).
 */
final class InspectFolders {
    private InspectFolders() {
    }

    static void writeTable(List<LoadOutcome.FolderWalk> folders, PrintWriter out) {
        for (LoadOutcome.FolderWalk f : folders) {
            long skipped = f.skipped();
            out.printf(Locale.ROOT, "folder %s: %d file(s), %d read, %d skipped%n", f.root(), f.files().size(),
                    f.files().size() - skipped, skipped);
            for (FileAccount a : f.files()) {
                if (!a.read()) {
                    out.printf(Locale.ROOT, "  skipped: %s: %s%n", f.root().relativize(a.file()), a.detail());
                }
            }
            f.problems().forEach(p -> out.printf(Locale.ROOT, "  %s: %s%n", p.severity().jsonName(), p.describe()));
            out.println();
        }
    }

    static void writeJson(List<LoadOutcome.FolderWalk> folders, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("folders");
        for (LoadOutcome.FolderWalk f : folders) {
            g.writeStartObject();
            g.writeStringField("folder", f.root().toString());
            g.writeNumberField("read", f.files().size() - f.skipped());
            g.writeNumberField("skipped", f.skipped());
            g.writeArrayFieldStart("files");
            for (FileAccount a : f.files()) {
                g.writeStartObject();
                g.writeStringField("file", a.file().toString());
                g.writeStringField(a.read() ? "readAs" : "skipped", a.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R15: publishing a file over an older one never deletes it first (a crash in between lost summary.csv). */
class SweepOutputTest {
    @TempDir
    java.nio.file.Path dir;

    /** The local file system, recording every delete. */
    private static final class Recording extends FilterFileSystem {
        final List<String> deleted = new ArrayList<>();

        Recording(FileSystem fs) {
            super(fs);
        }

        @Override
        public boolean delete(Path f, boolean recursive) throws IOException {
            deleted.add(f.getName());
            return super.delete(f, recursive);
        }
    }

    @Test
    void aFileIsReplacedByARenameOverItNeverDeletedFirst() throws IOException {
        Recording fs = new Recording(FileSystem.getLocal(new Configuration()).getRaw());
        Path root = fs.makeQualified(new Path(dir.toUri()));
        SweepOutput out = new SweepOutput(fs, root);
        out.write("summary.csv", "recipe,ctt\na,1\n", "driver");
        out.write("summary.csv", "recipe,ctt\na,1\nb,2\n", "driver");
        out.publish(Files.writeString(dir.resolve("local.json"), "{\"grid\":2}"), "sweep.json", "driver");
        out.publish(Files.writeString(dir.resolve("local.json"), "{\"grid\":3}"), "sweep.json", "driver");
        assertEquals("recipe,ctt\na,1\nb,2\n", out.read("summary.csv"));
        assertEquals("{\"grid\":3}", out.read("sweep.json"));
        assertTrue(fs.deleted.isEmpty(), "deleted: " + fs.deleted);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temp file left");
        }
    }
}

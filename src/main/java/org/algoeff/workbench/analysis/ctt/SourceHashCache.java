// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.algoeff.workbench.model.SourceFile;

/**
 * {@link SourceHashes} remembered while a source's files keep their sizes and modification times, so that refitting
 * the runs data set on every change of target does not hash gigabytes of logs again. Thread-safe.
 */
public final class SourceHashCache {
    private record Entry(String fingerprint, SourceFile hash) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** SHA-256 of the source as {@link SourceHashes#of} computes it, from the cache when nothing changed. */
    public SourceFile of(String source) throws IOException {
        String fingerprint = fingerprint(Path.of(source));
        Entry e = cache.get(source);
        if (e != null && e.fingerprint().equals(fingerprint)) {
            return e.hash();
        }
        SourceFile hash = SourceHashes.of(source);
        cache.put(source, new Entry(fingerprint, hash));
        return hash;
    }

    /** Size and modification time of the file, or of every file under the folder in name order. */
    private static String fingerprint(Path path) throws IOException {
        if (!Files.exists(path)) {
            return "absent";
        }
        if (!Files.isDirectory(path)) {
            return stamp(path);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            b.append(path.relativize(f)).append('\0').append(stamp(f)).append('\n');
        }
        return b.toString();
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.size() + "@" + a.lastModifiedTime().toMillis();
    }
}

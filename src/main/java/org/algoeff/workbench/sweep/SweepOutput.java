// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * A sweep's output folder on any Hadoop file system (a local path, {@code file:}, {@code hdfs:}, {@code s3a:}...).
 * Every file is published by writing a temporary name and renaming it, so a reader sees either nothing or the
 * whole file; a cell counts as complete only once its row file exists.
 */
final class SweepOutput {
    static final String CELLS = "cells";
    private static final String TEMP_MARK = ".tmp-";

    private final FileSystem fs;
    private final Path root;

    /** Over a given file system (tests wrap one to see what is done to the files). */
    SweepOutput(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    /** Opens (and creates) the folder; local folders skip Hadoop's .crc side files. */
    static SweepOutput open(String location) throws IOException {
        Path p = new Path(location);
        FileSystem fs = p.getFileSystem(new Configuration());
        if (fs instanceof LocalFileSystem local) {
            fs = local.getRaw();
        }
        Path root = fs.makeQualified(p);
        fs.mkdirs(new Path(root, CELLS));
        return new SweepOutput(fs, root);
    }

    /** The folder as a fully qualified URI, e.g. {@code file:/home/me/sweep}. */
    URI uri() {
        return root.toUri();
    }

    boolean exists(String relative) throws IOException {
        return fs.exists(new Path(root, relative));
    }

    String read(String relative) throws IOException {
        try (InputStream in = fs.open(new Path(root, relative)); ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes {@code text} under a temporary name, then renames it over {@code relative}. */
    void write(String relative, String text, String attempt) throws IOException {
        Path temp = new Path(root, relative + TEMP_MARK + attempt);
        try (OutputStream out = fs.create(temp, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        commit(temp, new Path(root, relative));
    }

    /** Copies a local file under a temporary name, then renames it over {@code relative}. */
    void publish(java.nio.file.Path local, String relative, String attempt) throws IOException {
        Path temp = new Path(root, relative + TEMP_MARK + attempt);
        fs.copyFromLocalFile(false, true, new Path(local.toUri()), temp);
        commit(temp, new Path(root, relative));
    }

    /**
     * Renames {@code temp} over {@code target} in one step, never deleting the target first (a crash between a delete
     * and a rename would lose the file). A POSIX rename replaces the target; file systems that refuse to rename onto
     * an existing file (HDFS) get the rename with {@code OVERWRITE}, which is atomic there too.
     */
    private void commit(Path temp, Path target) throws IOException {
        if (fs.rename(temp, target)) {
            return;
        }
        try {
            FileContext.getFileContext(fs.getUri(), fs.getConf()).rename(temp, target, Options.Rename.OVERWRITE);
        } catch (IOException e) {
            fs.delete(temp, false);
            throw new IOException("cannot rename " + temp + " over " + target + " (" + e.getMessage() + ")", e);
        }
    }

    /** Names of the files in {@code cells/} ending in {@code suffix}; temporary files are never listed. */
    List<String> cellFiles(String suffix) throws IOException {
        List<String> names = new ArrayList<>();
        for (FileStatus s : fs.listStatus(new Path(root, CELLS))) {
            String name = s.getPath().getName();
            if (s.isFile() && name.endsWith(suffix) && !name.contains(TEMP_MARK)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Deletes temporary files a killed attempt left behind. */
    int removeTemporaries() throws IOException {
        int removed = 0;
        for (FileStatus s : fs.listStatus(new Path(root, CELLS))) {
            if (s.getPath().getName().contains(TEMP_MARK) && fs.delete(s.getPath(), false)) {
                removed++;
            }
        }
        return removed;
    }

    /** Path of {@code relative} for Spark's own writers. */
    String location(String relative) {
        return new Path(root, relative).toString();
    }
}

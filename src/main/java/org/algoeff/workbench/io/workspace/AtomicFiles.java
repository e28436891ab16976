// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash-safe file replacement, for workspaces, settings and rerun logs: write a temp file in the target's folder and
 * fsync it, keep the previous file as {@code NAME.bak} (a hard link to it renamed into place, so the backup is
 * either the old backup or the whole previous file, never half a copy), give the temp file the target's permissions,
 * rename it over the target atomically and fsync the folder so the rename survives a power cut. A crash at any point
 * leaves the old or the new content; the temp files a crash leaves behind are removed by the next write.
 */
public final class AtomicFiles {
    /** Temp files of a target older than this are leftovers of a crash (a write takes far less). */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    /** Permissions of a file created new (what umask 022 gives; the temp file itself starts as 0600). */
    static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createTemp(absolute);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            if (Files.exists(absolute)) {
                keepBackup(absolute);
            }
            publish(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new temp file beside {@code target} (hidden, named after it), after removing the stale ones a crash left;
     * write it, then {@link #publish} it.
     */
    public static Path createTemp(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStaleTemps(absolute);
        return Files.createTempFile(dir, tempPrefix(absolute), TEMP_SUFFIX);
    }

    /**
     * Renames a written temp file over {@code target} in one step: it takes the target's permissions (a new file
     * gets {@link #NEW_FILE}), is fsynced, and the folder is fsynced after the rename.
     */
    public static void publish(Path temp, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        keepPermissions(temp, absolute);
        replace(temp, absolute);
        syncFolder(absolute.getParent());
    }

    /** Removes this target's temp files older than {@link #STALE_AFTER}; returns how many. */
    static int removeStaleTemps(Path absolute) {
        int removed = 0;
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(absolute.getParent(),
                "." + absolute.getFileName() + "*" + TEMP_SUFFIX)) {
            for (Path p : ds) {
                FileTime modified = Files.getLastModifiedTime(p);
                if (Files.isRegularFile(p) && modified.toInstant().isBefore(cutoff) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.debug("could not clean temp files of {}", absolute, e);
        }
        return removed;
    }

    private static String tempPrefix(Path absolute) {
        return "." + absolute.getFileName() + ".";
    }

    /**
     * Makes {@code NAME.bak} the current file: a hard link to it under a temp name, renamed over the backup (no
     * bytes are copied, so no half backup). Where hard links are not supported, a copy fsynced before its rename.
     */
    private static void keepBackup(Path absolute) throws IOException {
        Path link = absolute.resolveSibling(tempPrefix(absolute) + Long.toHexString(System.nanoTime()) + ".bak"
                + TEMP_SUFFIX);
        try {
            try {
                Files.createLink(link, absolute);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(absolute, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel ch = FileChannel.open(link, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            replace(link, backupOf(absolute));
        } finally {
            Files.deleteIfExists(link);
        }
    }

    private static void keepPermissions(Path temp, Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not keep the permissions of {}", target, e);
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("atomic rename not supported in {}; replacing {} non-atomically", target.getParent(), target);
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes the folder's entry list, so the rename is on disk (POSIX; a no-op where folders cannot be opened). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not fsync the folder {}", dir, e);
        }
    }

    /** Where the previous version of {@code file} is kept: same folder, ".bak" appended. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash-safe file replacement: write a temp file in the target's folder, fsync it, keep the previous file as
 * {@code NAME.bak}, then rename the temp file over the target atomically (plain replace where the file system
 * cannot rename atomically). A crash at any point leaves either the old or the new content, never half a file.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            if (Files.exists(absolute)) {
                keepBackup(absolute, dir);
            }
            replace(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies the current file to a temp file of its own, then renames that over {@code NAME.bak}: copying
     * straight onto the .bak (delete, then create) fails with FileAlreadyExistsException when two saves of one
     * file overlap, and could leave half a backup.
     */
    private static void keepBackup(Path absolute, Path dir) throws IOException {
        Path copy = Files.createTempFile(dir, "." + absolute.getFileName(), ".bak.tmp");
        try {
            Files.copy(absolute, copy, StandardCopyOption.REPLACE_EXISTING);
            replace(copy, backupOf(absolute));
        } finally {
            Files.deleteIfExists(copy);
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

    /** Where the previous version of {@code file} is kept: same folder, ".bak" appended. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}

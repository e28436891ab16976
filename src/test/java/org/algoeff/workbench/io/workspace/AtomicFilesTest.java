// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** R17: the backup is whole, stale temp files go, permissions are kept. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void theBackupIsThePreviousFileItselfNotACopy() throws IOException {
        Path target = dir.resolve("w.algoeff");
        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        Object before = Files.readAttributes(target, "unix:ino").get("ino");
        AtomicFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(target));
        Path bak = AtomicFiles.backupOf(target);
        assertEquals("first", Files.readString(bak));
        // The backup is the previous file's own inode (a hard link renamed into place): never half a copy.
        assertEquals(before, Files.readAttributes(bak, "unix:ino").get("ino"));
    }

    @Test
    void permissionsAreKeptAndNewFilesAreNotPrivate() throws IOException {
        assumeTrue(posix(dir));
        Path target = dir.resolve("settings.json");
        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(target, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void staleTempFilesOfACrashAreRemovedAndNoneAreLeft() throws IOException {
        Path target = dir.resolve("w.algoeff");
        Path stale = Files.writeString(dir.resolve(".w.algoeff.123456.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        Path oldStyle = Files.writeString(dir.resolve(".w.algoeff987.tmp"), "half");
        Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(dir.resolve(".w.algoeff.777.tmp"), "another save in progress");
        for (int i = 0; i < 3; i++) {
            AtomicFiles.write(target, ("v" + i).getBytes(StandardCharsets.UTF_8));
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(".w.algoeff.777.tmp", "w.algoeff", "w.algoeff.bak"), names);
        }
        assertTrue(Files.exists(fresh), "a temp file of a save still running is not touched");
    }
}

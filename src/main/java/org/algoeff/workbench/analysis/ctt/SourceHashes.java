// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.algoeff.workbench.model.SourceFile;

/**
 * SHA-256 of a run's source for provenance: of the file's bytes; for a folder (an MLflow run), of every file
 * under it in name order, each contributing its relative path, a NUL, and its bytes.
 */
final class SourceHashes {
    private SourceHashes() {
    }

    static SourceFile of(String source) throws IOException {
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            return new SourceFile(source, "");
        }
        MessageDigest md = sha256();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                md.update(path.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                digest(f, md);
            }
        } else {
            digest(path, md);
        }
        return new SourceFile(source, HexFormat.of().formatHex(md.digest()));
    }

    private static void digest(Path file, MessageDigest md) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

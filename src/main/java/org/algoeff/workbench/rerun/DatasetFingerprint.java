// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.idx.ImageDatasetReader;

/** SHA-256 of a data set's four IDX files (file name to lower-case hex), which ties a calibration to its data. */
public final class DatasetFingerprint {
    private DatasetFingerprint() {
    }

    /** File name to SHA-256, in the order of {@link ImageDatasetReader#STEMS}. */
    public static Map<String, String> of(Path dir) throws IOException {
        List<Path> files = ImageDatasetReader.locate(dir);
        Map<String, String> result = new LinkedHashMap<>();
        for (Path f : files) {
            result.put(f.getFileName().toString(), sha256(f));
        }
        return result;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

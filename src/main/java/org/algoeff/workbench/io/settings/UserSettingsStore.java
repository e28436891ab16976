// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.algoeff.workbench.io.workspace.AtomicFiles;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;

/** Reads and atomically writes {@code settings.json} in the user's config folder. Thread-safe (stateless). */
public final class UserSettingsStore {
    /** A settings file bigger than this is not ours: it is reported and ignored. */
    static final long MAX_BYTES = 1 << 20;
    /** Built on first use (a background load), off the window's start-up path. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
    private final Path file;

    public UserSettingsStore(Path file) {
        this.file = file;
    }

    /** The store in the user's config folder. */
    public static UserSettingsStore inConfigDir() {
        return new UserSettingsStore(UserDirs.configDir().resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved settings; a missing file is empty settings, a damaged one a problem plus empty settings. */
    public ParseResult<UserSettings> load() {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return damaged("larger than " + MAX_BYTES + " bytes");
            }
            UserSettings read = Mapper.JSON.readValue(file.toFile(), UserSettings.class);
            return ParseResult.of(read == null ? UserSettings.EMPTY : read);
        } catch (NoSuchFileException e) {
            return ParseResult.of(UserSettings.EMPTY);
        } catch (JacksonException e) {
            return damaged("not valid settings JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return damaged("unreadable (" + e.getMessage() + ")");
        }
    }

    /** Writes the settings atomically (temp file, fsync, rename; previous kept as .bak). */
    public void save(UserSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
    }

    private ParseResult<UserSettings> damaged(String why) {
        return new ParseResult<>(UserSettings.EMPTY, List.of(Problem.warning(file.toString(), "",
                "settings file is " + why + "; starting with default settings")));
    }
}

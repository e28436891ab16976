// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.model.Problem;

/**
 * Splits the event files of one folder by the program that wrote them. TensorBoard takes a folder as one run and
 * merges its event files (a restarted job writes a new one); but event files of unrelated jobs copied loose into one
 * folder would then merge too, and two programs' {@code train/loss} would become one series. The writer names each
 * file {@code [prefix]events.out.tfevents.<seconds>.<host>[.<pid>.<n>]}: files that share prefix and host are one run
 * (restarts on the same machine), different hosts or prefixes are different runs, read separately and named by
 * their first file, with a warning that says so.
 */
final class EventFileGroups {
    /** {@code prefix} and {@code host} of an event file name (pid and counter dropped). */
    private static final Pattern NAME = Pattern.compile("(.*)tfevents(?:\\.\\d+)?(?:\\.(.*?))?(?:\\.\\d+\\.\\d+)?");

    private EventFileGroups() {
    }

    static List<RunDiscovery.Source> split(Path dir, List<Path> files, ProblemLog problems) {
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        for (Path f : files.stream().sorted().toList()) {
            groups.computeIfAbsent(writerKey(f.getFileName().toString()), k -> new ArrayList<>()).add(f);
        }
        if (groups.size() == 1) {
            return List.of(new RunDiscovery.Source(RunDiscovery.Source.Kind.EVENT_FOLDER, dir,
                    files.stream().sorted().toList()));
        }
        problems.add(Problem.warning(dir.toString(), "", files.size() + " event files of " + groups.size()
                + " different writers (host or name) lie loose in this folder: read as " + groups.size()
                + " runs named by their first file, not merged into one run as TensorBoard would"));
        List<RunDiscovery.Source> out = new ArrayList<>();
        for (List<Path> group : groups.values()) {
            out.add(new RunDiscovery.Source(RunDiscovery.Source.Kind.EVENT_FOLDER, group.get(0), group,
                    group.get(0).getFileName().toString()));
        }
        return out;
    }

    /** The part of an event file's name that is the same for every file one job writes. */
    static String writerKey(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return fileName;
        }
        return m.group(1) + "|" + (m.group(2) == null ? "" : m.group(2));
    }
}

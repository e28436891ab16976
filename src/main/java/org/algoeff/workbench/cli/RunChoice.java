// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.io.dataset.FlexibleDate;
import org.algoeff.workbench.model.Run;

/** Which of the loaded runs a command is about ({@code --run NAME|ID}) and the dates given with {@code --date}. */
final class RunChoice {
    private RunChoice() {
    }

    /**
     * Every run, or those answering to {@code nameOrId} (a run id picks one of several runs with the same name).
     *
     * @throws IllegalArgumentException when nothing was read, nothing answers, or a name is ambiguous
     */
    static List<Run> pick(List<Run> runs, String nameOrId, List<Path> paths) {
        String what = paths.size() == 1 ? paths.get(0).toString() : paths.size() + " paths";
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(what + ": no run could be read (try 'algoeff inspect "
                    + paths.stream().map(Path::toString).collect(Collectors.joining(" ")) + "')");
        }
        if (nameOrId == null) {
            return runs;
        }
        List<Run> byId = runs.stream().filter(r -> !r.id().isEmpty() && r.id().equals(nameOrId)).toList();
        List<Run> chosen = byId.isEmpty() ? runs.stream().filter(r -> r.answersTo(nameOrId)).toList() : byId;
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no run named '" + nameOrId + "' and none with that run id (runs: "
                    + describe(runs) + ")");
        }
        if (chosen.size() > 1 && chosen.stream().allMatch(r -> !r.id().isEmpty())) {
            throw new IllegalArgumentException(chosen.size() + " runs are named '" + nameOrId + "'; choose one by its "
                    + "run id with --run (" + describe(chosen) + ")");
        }
        return chosen;
    }

    /**
     * The runs with the dates given as {@code RUN=DATE} (RUN a name or run id; dates as the data-set reader takes
     * them: 2019-05-01, 2019-05, 2019).
     *
     * @throws IllegalArgumentException for a RUN no run answers to, or a date that cannot be read
     */
    static List<RunInput> withDates(List<Run> runs, Map<String, String> dates) {
        for (String key : dates.keySet()) {
            if (runs.stream().noneMatch(r -> r.answersTo(key))) {
                throw new IllegalArgumentException("--date " + key + "=...: no run named '" + key
                        + "' and none with that run id (runs: " + describe(runs) + ")");
            }
        }
        List<RunInput> out = new ArrayList<>();
        for (Run r : runs) {
            LocalDate date = null;
            for (Map.Entry<String, String> e : dates.entrySet()) {
                if (r.answersTo(e.getKey())) {
                    date = FlexibleDate.parse(e.getValue()).orElseThrow(() -> new IllegalArgumentException(
                            "--date " + e.getKey() + "=" + e.getValue() + ": not a date (use YYYY-MM-DD)"));
                }
            }
            out.add(new RunInput(r, r.name(), date, null));
        }
        return out;
    }

    private static String describe(List<Run> runs) {
        return runs.stream().map(r -> r.id().isEmpty() ? r.name() : r.name() + " [" + r.id() + "]")
                .collect(Collectors.joining(", "));
    }
}

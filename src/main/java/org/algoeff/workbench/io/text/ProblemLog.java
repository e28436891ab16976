// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;

/**
 * Collects the problems of one file, keeping at most {@link #MAX_PROBLEMS_PER_FILE} so that a file with a
 * million bad lines costs bounded memory; the rest are counted and summarised in one closing problem.
 */
public final class ProblemLog {
    /** Most problems kept per file; further ones are only counted. */
    public static final int MAX_PROBLEMS_PER_FILE = 100;

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private long suppressed;

    public ProblemLog(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void warning(String where, String message) {
        add(new Problem(source, where, Severity.WARNING, message));
    }

    public void error(String where, String message) {
        add(new Problem(source, where, Severity.ERROR, message));
    }

    public void add(Problem problem) {
        if (problems.size() < MAX_PROBLEMS_PER_FILE) {
            problems.add(problem);
        } else {
            suppressed++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The kept problems plus, if any were dropped, one warning saying how many. */
    public List<Problem> toList() {
        List<Problem> out = new ArrayList<>(problems);
        if (suppressed > 0) {
            out.add(new Problem(source, "", Severity.WARNING, suppressed + " more problems in this file not listed"));
        }
        return out;
    }
}

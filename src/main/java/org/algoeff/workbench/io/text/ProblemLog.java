// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;

/**
 * Collects the problems of one file, keeping at most {@link #MAX_PROBLEMS_PER_FILE} warnings so that a file with a
 * million bad lines costs bounded memory; the rest are counted and summarised in one closing problem. Errors are
 * never hidden behind the warnings' cap (the fatal one usually comes last): they have a cap of their own,
 * {@link #MAX_ERRORS_PER_FILE}, which readers that stop at their first fatal error never reach.
 */
public final class ProblemLog {
    /** Most problems kept per file; further ones are only counted. */
    public static final int MAX_PROBLEMS_PER_FILE = 100;
    /** Most errors kept per file, beside the warnings. */
    public static final int MAX_ERRORS_PER_FILE = 1000;

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private long suppressed;
    private long suppressedErrors;
    private int warnings;
    private int errors;

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
        if (problem.severity() == Severity.ERROR) {
            if (errors < MAX_ERRORS_PER_FILE) {
                errors++;
                problems.add(problem);
            } else {
                suppressedErrors++;
            }
        } else if (warnings < MAX_PROBLEMS_PER_FILE) {
            warnings++;
            problems.add(problem);
        } else {
            suppressed++;
        }
    }

    /** Whether an error was logged. */
    public boolean hasErrors() {
        return errors > 0;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The kept problems plus, if any were dropped, one problem per severity saying how many. */
    public List<Problem> toList() {
        List<Problem> out = new ArrayList<>(problems);
        if (suppressed > 0) {
            out.add(new Problem(source, "", Severity.WARNING, suppressed + " more warnings in this file not listed"));
        }
        if (suppressedErrors > 0) {
            out.add(new Problem(source, "", Severity.ERROR, suppressedErrors + " more errors in this file not listed"));
        }
        return out;
    }
}

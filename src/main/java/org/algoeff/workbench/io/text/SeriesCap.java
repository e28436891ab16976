// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

/**
 * The bound on how many series one file may give, shared by every reader (CSV columns, JSONL keys, trainer_state
 * keys, SQLite metric keys, W&amp;B keys, event-file tags): a file past it is read no further in width, with an
 * error saying so, instead of filling the heap (reliability audit R2: a 700k-column CSV, a 3M-key trainer_state).
 */
public final class SeriesCap {
    /** Most series read from one file; real logs have at most a few thousand. */
    public static final int MAX_SERIES_PER_FILE = 100_000;

    private SeriesCap() {
    }

    /** The problem text when the cap is hit. */
    public static String message() {
        return "more than " + MAX_SERIES_PER_FILE + " series (MAX_SERIES_PER_FILE): a log this wide is not read in "
                + "full; further columns or keys ignored";
    }
}

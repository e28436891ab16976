// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.util.List;

/**
 * What a sweep did: the rows of every complete cell of its grid, how many cells ran now and how many were
 * already complete, and where the summary went.
 *
 * @param rows       one per complete cell, in grid order
 * @param ran        cells computed by this run
 * @param skipped    cells found complete and not rerun
 * @param summaryCsv location of {@code summary.csv}
 * @param summaryParquet location of {@code summary.parquet}
 * @param seconds    wall time of the whole sweep on the driver
 */
public record SweepReport(List<SweepRow> rows, int ran, int skipped, String summaryCsv, String summaryParquet,
        double seconds) {
    public SweepReport {
        rows = List.copyOf(rows);
    }
}

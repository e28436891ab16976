// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.io.text.LineSource;
import org.algoeff.workbench.io.text.PointBudget;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R2's memory guard: a CSV with more points than the heap holds stops with the heap hint, points kept. */
class PointBudgetTest {
    @Test
    void readingStopsAtTheBudgetWithTheHeapHint() throws IOException {
        StringBuilder sb = new StringBuilder("step,a,b\n");
        for (int i = 0; i < 100; i++) {
            sb.append(i).append(",1,2\n");
        }
        ProblemLog problems = new ProblemLog("big.csv");
        CsvColumns columns = new CsvColumns(CsvFlavor.GENERIC, "big");
        // Two columns, chunks of 16 points at 16 bytes each: 2 x 16 x 16 = 512 bytes hold 16 rows.
        CsvParse parse = new CsvParse(columns, problems, null, new PointBudget(600));
        parse.run(new LineSource(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8))), 0,
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(17, parse.rows(), "the row that spends the budget is the last read");
        assertEquals(16, columns.byRun().get("big").get(0).size(), "the refused point is not added");
        Problem p = problems.toList().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("-Xmx") && p.message().contains("more than 0 MB"), p.message());
    }
}

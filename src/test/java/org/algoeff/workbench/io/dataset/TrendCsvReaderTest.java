// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendCsvReaderTest {
    @TempDir
    Path dir;

    private final TrendCsvReader reader = new TrendCsvReader("test");

    private ParseResult<TrendDataset> read(String content, ColumnChoice columns) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8), columns);
    }

    private ParseResult<TrendDataset> read(byte[] content, ColumnChoice columns) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.write(file, content);
        return reader.read(file, columns, CancellationToken.NEVER);
    }

    private static List<Problem> errors(ParseResult<?> result) {
        return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    @Test
    void findsColumnsByHeaderNameInAnyOrderWithBomAndCrlf() throws IOException {
        ParseResult<TrendDataset> r = read("\uFEFFNotes,Training compute (FLOP),Publication date,System\r\n"
                + "x,1.5e17,2012-09-30,AlexNet\r\n" + "y,3e18,2014-09,VGG\r\n", ColumnChoice.DETECT);
        assertEquals(List.of(), r.problems());
        List<TrendPoint> points = r.value().points();
        assertEquals(2, points.size());
        assertEquals(new TrendPoint("AlexNet", LocalDate.of(2012, 9, 30), 1.5e17, points.get(0).attributes()), points.get(0));
        assertEquals(LocalDate.of(2014, 9, 1), points.get(1).date());
        assertEquals("Training compute (FLOP)", r.value().valueLabel());
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        ParseResult<TrendDataset> r = read("model,abstract,date,compute\n"
                + "\"A, the first\",\"line one\nline \"\"two\"\"\",2012-01-01,1e17\n"
                + "B,plain,2013-01-01,1e16\n"
                + "C,bad,2014-01-01,oops\n", ColumnChoice.DETECT);
        assertEquals(List.of("A, the first", "B"), r.value().points().stream().map(TrendPoint::label).toList());
        assertEquals("line one\nline \"two\"", r.value().points().get(0).attributes().get("abstract"));
        Problem bad = errors(r).get(0);
        assertEquals("line 5, column compute", bad.where(), "line numbers count the line break inside the quote");
        assertTrue(bad.message().contains("'oops'"));
    }

    @Test
    void explicitColumnsOverrideDetection() throws IOException {
        ParseResult<TrendDataset> r = read("when,flops_a,flops_b\n2012,1,2\n2013,3,4\n",
                new ColumnChoice("when", "flops_b", null));
        assertEquals(List.of(2.0, 4.0), r.value().points().stream().map(TrendPoint::value).toList());
        assertEquals("row 1", r.value().points().get(0).label());
    }

    @Test
    void missingNamedColumnListsTheColumnsThatExist() throws IOException {
        ParseResult<TrendDataset> r = read("date,compute\n2012-01-01,1\n", new ColumnChoice(null, "FLOPs", null));
        Problem p = errors(r).get(0);
        assertTrue(p.message().contains("no column named 'FLOPs'") && p.message().contains("date, compute"), p.message());
        assertTrue(r.value().points().isEmpty());
    }

    @Test
    void badRowsAreReportedAndTheRestKept() throws IOException {
        ParseResult<TrendDataset> r = read("model,date,compute\nA,2012-01-01,1e17\nB,2012-02-30,1e17\n"
                + "C,2013-01-01,-5\nD,,1e16\nE,2014-01-01,\nF,6/1/2015,2e15\n", ColumnChoice.DETECT);
        assertEquals(List.of("A", "F"), r.value().points().stream().map(TrendPoint::label).toList());
        assertEquals(LocalDate.of(2015, 6, 1), r.value().points().get(1).date());
        assertEquals(List.of("line 3, column date", "line 4, column compute"),
                errors(r).stream().map(Problem::where).toList());
        assertTrue(r.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.message().startsWith("2 rows without")));
    }

    @Test
    void invalidUtf8IsReportedByName() throws IOException {
        byte[] latin1 = "model,date,compute\nM\u00fcller,2012-01-01,1e17\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult<TrendDataset> r = read(latin1, ColumnChoice.DETECT);
        assertTrue(errors(r).get(0).message().contains("not UTF-8"));
        assertTrue(errors(r).get(0).source().endsWith("data.csv"));
    }

    @Test
    void emptyFileAndBinaryJunkAreProblemsNotExceptions() throws IOException {
        assertTrue(errors(read("", ColumnChoice.DETECT)).get(0).message().contains("empty file"));
        byte[] junk = new byte[100_000];
        new Random(1).nextBytes(junk);
        ParseResult<TrendDataset> r = read(junk, ColumnChoice.DETECT);
        assertTrue(r.hasErrors());
        assertTrue(r.value().points().isEmpty());
    }

    @Test
    void unclosedQuoteIsAProblem() throws IOException {
        ParseResult<TrendDataset> r = read("model,date,compute\n\"A,2012-01-01,1e17\n", ColumnChoice.DETECT);
        assertTrue(errors(r).get(0).message().contains("never closed"), errors(r).toString());
    }

    @Test
    void epochSnapshotLoadsAsIsInBothHeaderVariants() throws IOException {
        byte[] original = Files.readAllBytes(SampleDataFiles.EPOCH);
        ParseResult<TrendDataset> system = reader.read(SampleDataFiles.EPOCH, ColumnChoice.DETECT, CancellationToken.NEVER);
        String text = new String(original, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSystem,"), "the snapshot uses the older 'System' header");
        ParseResult<TrendDataset> model = read(text.replaceFirst("System,", "Model,"), ColumnChoice.DETECT);

        assertEquals(467, system.value().points().size(), "467 rows carry a training compute estimate");
        assertEquals(List.of(), errors(system));
        assertEquals(summary(system.value()), summary(model.value()));
        assertEquals("AlexNet", model.value().points().stream().filter(q -> q.attributes().get("Model") != null
                && q.attributes().get("Model").equals("AlexNet")).findFirst().orElseThrow().label());
        TrendPoint alexNet = system.value().points().stream().filter(p -> p.label().equals("AlexNet")).findFirst().orElseThrow();
        assertEquals(4.7e17, alexNet.value(), 1e15);
        assertEquals(LocalDate.of(2012, 9, 30), alexNet.date());
    }

    private static List<String> summary(TrendDataset data) {
        return data.points().stream().map(q -> q.label() + "|" + q.date() + "|" + q.value()).toList();
    }

    @Test
    void shippedEpochCopyIsByteIdenticalToTheSharedSnapshot() throws IOException {
        Path shared = SharedData.require("realworld/compute_dataset/training-cost-trends__All_ML_Systems-full_view-20240205.csv");
        assertEquals(-1L, Files.mismatch(shared, SampleDataFiles.EPOCH));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known answers from the shipped data: Epoch AI's filters and groups, and the flagged HB20 rows. */
class ShippedDataTest {
    private static final DateRange DEEP_LEARNING_ERA = new DateRange(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 12, 31));
    private final TrendFitter fitter = new TrendFitter("test");

    private static TrendDataset read(Path file, String valueColumn) throws IOException {
        ParseResult<TrendDataset> result = new TrendCsvReader("test").read(file,
                new ColumnChoice(null, valueColumn, null), CancellationToken.NEVER);
        assertFalse(result.hasErrors(), () -> "problems: " + result.problems());
        return result.value();
    }

    /** Sevilla et al. fit notable systems: 5.7 months on their set; Epoch's 2024 snapshot gives 251 and ~5.8. */
    @Test
    void notableSystemsOfTheDeepLearningEra() throws IOException {
        TrendFit fit = fitter.fit(read(SampleDataFiles.EPOCH, null), FitOptions.DEFAULT.withRange(DEEP_LEARNING_ERA)
                .withWhere(List.of(RowFilter.parse("Notability criteria~.+"))).withBootstrap(1_000, 1),
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(251, fit.points().size());
        assertEquals(5.79, fit.months(), 0.01);
        assertTrue(fit.bootstrapCi95Months().contains(5.7), () -> "CI " + fit.bootstrapCi95Months());
    }

    @Test
    void groupedByDomainVisionAndLanguage() throws IOException {
        List<GroupFit> groups = fitter.fitEach(read(SampleDataFiles.EPOCH, null), FitOptions.DEFAULT
                .withRange(DEEP_LEARNING_ERA).withGroupBy("Domain").withBootstrap(0, 1), ProgressSink.NONE,
                CancellationToken.NEVER);
        Map<String, Integer> points = groups.stream().filter(GroupFit::fitted)
                .collect(Collectors.toMap(GroupFit::group, g -> g.fit().points().size()));
        assertEquals(212, points.get("Domain=Language"));
        assertEquals(53, points.get("Domain=Vision"));
        assertEquals("Domain=Language", groups.get(0).group(), "largest group first");
        assertTrue(groups.stream().filter(g -> !g.fitted()).allMatch(g -> g.rows() < 2), "only tiny groups fail");
    }

    /** Two tasks in one fit gave "231.6 months, CI 5.4-inf, 0.20x"; grouped by task each is its own trend. */
    @Test
    void goAndDotaFitSeparatelyAndAlphaZerosDateIsFlagged() throws IOException {
        TrendDataset data = read(SampleDataFiles.ROOT.resolve("hb20/go-and-dota-relative.csv"), "relative_compute");
        TrendFit mixed = fitter.fit(data, FitOptions.DEFAULT.withBootstrap(0, 1), ProgressSink.NONE,
                CancellationToken.NEVER);
        assertTrue(kinds(mixed).contains(FitWarning.Kind.MIXED_TARGETS), () -> "warnings " + mixed.warnings());

        List<GroupFit> byTask = fitter.fitEach(data, FitOptions.DEFAULT.withGroupBy("task").withBootstrap(0, 1),
                ProgressSink.NONE, CancellationToken.NEVER);
        Map<String, TrendFit> fits = byTask.stream().collect(Collectors.toMap(GroupFit::group, GroupFit::fit));
        assertEquals(0.53, fits.get("task=Go").months(), 0.01, "8x in 48 days with AlphaZero's preprint date");
        assertEquals(0.86, fits.get("task=Dota").months(), 0.01, "5x in 2 months");
        assertFalse(kinds(fits.get("task=Dota")).contains(FitWarning.Kind.MIXED_TARGETS), "one target per task");
        FitWarning caveat = fits.get("task=Go").warnings().stream()
                .filter(w -> w.kind() == FitWarning.Kind.DATA_CAVEAT).findFirst().orElseThrow();
        assertTrue(caveat.message().startsWith("AlphaZero: ") && caveat.message().contains("Science paper (2018-12-07)"),
                caveat.message());
    }

    /** OpenAI's b1 value lacks HB20's factor 3; it is flagged, not changed, with the corrected value beside it. */
    @Test
    void efficientNetB1IsFlaggedWithTheCorrectedValueBesideIt() throws IOException {
        Path file = SampleDataFiles.ROOT.resolve("hb20/resnet50-level.csv");
        TrendDataset published = read(file, null);
        TrendPoint b1 = published.points().stream().filter(p -> p.label().equals("EfficientNet-b1")).findFirst()
                .orElseThrow();
        assertEquals(6.48e16, b1.value(), 0);
        assertEquals(3 * b1.value(), Double.parseDouble(b1.attributes().get("corrected_compute_to_target_flop")), 1e3);
        TrendFit asPublished = fitter.fit(published, FitOptions.DEFAULT.withBootstrap(0, 1), ProgressSink.NONE,
                CancellationToken.NEVER);
        assertEquals(22.7, asPublished.factor(), 0.1);
        assertTrue(kinds(asPublished).contains(FitWarning.Kind.DATA_CAVEAT));

        TrendFit corrected = fitter.fit(read(file, "corrected_compute_to_target_flop"),
                FitOptions.DEFAULT.withBootstrap(0, 1), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(7.56, corrected.factor(), 0.01);
        assertEquals(14.2, corrected.months(), 0.1, "over the 3.5 years between the arXiv dates");
    }

    @Test
    void shuffleNetV2OneXHasItsArxivDate() throws IOException {
        TrendPoint p = read(SampleDataFiles.HB20_ALEXNET, null).points().stream()
                .filter(q -> q.label().equals("ShuffleNet v2 (1x)")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2018, 7, 30), p.date());
        assertTrue(p.attributes().get("date_source").contains("6/30/2018"), "the published date stays on record");
    }

    private static List<FitWarning.Kind> kinds(TrendFit fit) {
        return fit.warnings().stream().map(FitWarning::kind).toList();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published numbers, reproduced from the shipped data sets. */
class Hb20ReproductionTest {
    private final TrendFitter fitter = new TrendFitter("test");

    private static TrendDataset read(java.nio.file.Path file) throws IOException {
        ParseResult<TrendDataset> result = new TrendCsvReader("test").read(file, ColumnChoice.DETECT, CancellationToken.NEVER);
        assertTrue(!result.hasErrors(), () -> "problems: " + result.problems());
        return result.value();
    }

    @Test
    void alexNetLevelFrontierHalvesEverySixteenMonthsFortyFourTimesOver() throws IOException {
        TrendDataset hb20 = read(SampleDataFiles.HB20_ALEXNET);
        assertEquals(16, hb20.points().size());

        TrendFit fit = fitter.fit(hb20, FitOptions.DEFAULT.withFrontierOnly(true), ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(TrendDirection.DECLINING, fit.direction());
        assertEquals(15.8, fit.months(), 0.05, "HB20 reproduction: 15.8 months over the six frontier points");
        assertEquals(44.35, fit.factor(), 0.01);
        assertTrue(fit.bootstrapCi95Months().contains(fit.months()));
        assertTrue(fit.tCi95Months().contains(fit.months()));
        assertEquals(11.3, HardwareTrends.MOORE.factorOver(fit.spanYears()), 0.1);
    }

    @Test
    void computedFrontierIsThePublishedBlueFrontier() throws IOException {
        TrendDataset hb20 = read(SampleDataFiles.HB20_ALEXNET);
        List<String> published = hb20.points().stream()
                .filter(p -> "true".equals(p.attributes().get("frontier"))).map(TrendPoint::label).toList();
        List<String> computed = Frontier.select(hb20.points(), TrendDirection.DECLINING).stream()
                .map(TrendPoint::label).toList();
        assertEquals(List.of("AlexNet", "GoogLeNet", "MobileNet v1", "ShuffleNet v1 (1x)", "ShuffleNet v2 (1x)",
                "EfficientNet-b0"), published);
        assertEquals(published, computed);
    }

    @Test
    void allSixteenPointsGiveTheFasterFourteenMonthFit() throws IOException {
        TrendFit fit = fitter.fit(read(SampleDataFiles.HB20_ALEXNET), FitOptions.DEFAULT.withBootstrap(0, 1),
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(16, fit.points().size());
        assertEquals(13.8, fit.months(), 0.1);
    }

    @Test
    void epochSnapshotShowsSevillaEtAlsTwoEras() throws IOException {
        TrendDataset epoch = read(SampleDataFiles.EPOCH);
        FitOptions options = FitOptions.DEFAULT.withBootstrap(2_000, 5);
        TrendFit deepLearning = fitter.fit(epoch, options.withRange(
                new DateRange(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 12, 31))), ProgressSink.NONE, CancellationToken.NEVER);
        TrendFit preDeepLearning = fitter.fit(epoch, options.withRange(
                new DateRange(null, LocalDate.of(2009, 12, 31))), ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(TrendDirection.GROWING, deepLearning.direction());
        assertEquals(6.0, deepLearning.months(), 1.0, "Sevilla et al.: ~6-month doubling 2010-2022");
        assertTrue(deepLearning.bootstrapCi95Months().contains(deepLearning.months()));
        assertTrue(preDeepLearning.months() > 20 && preDeepLearning.months() < 24,
                () -> "Sevilla et al.: ~21-month doubling before 2010, got " + preDeepLearning.months());
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.analysis.plot.OverlayAnchor;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.PlotSpecBuilder;
import org.algoeff.workbench.analysis.plot.TrendPlotRequest;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/** A fixed trend chart (points from HB20's AlexNet-level table, hand-set fit) for export tests. */
final class TestPlots {
    private TestPlots() {
    }

    static PlotSpec trend() {
        Provenance prov = new Provenance(List.of(new SourceFile("sample-data/hb20-alexnet-level.csv", "")), Map.of(),
                "test", Instant.EPOCH);
        List<TrendPoint> pts = List.of(
                new TrendPoint("AlexNet", LocalDate.of(2012, 6, 1), 3.0e18),
                new TrendPoint("GoogLeNet", LocalDate.of(2014, 9, 17), 7.4e17),
                new TrendPoint("MobileNet", LocalDate.of(2017, 4, 17), 3.7e17),
                new TrendPoint("ShuffleNet v2", LocalDate.of(2018, 7, 30), 1.5e17),
                new TrendPoint("EfficientNet-b0", LocalDate.of(2019, 5, 28), 6.8e16));
        TrendDataset ds = new TrendDataset("AlexNet-level (HB20)", "compute to AlexNet-level (FLOP)", pts, prov);
        // slope -0.76 doublings/year through log2(3e18) at 2012.42 (about 15.8-month halving)
        double slope = -0.76;
        double intercept = Math.log(3.0e18) / Math.log(2) - slope * 2012.42;
        TrendFit fit = new TrendFit(pts, pts.get(0).date(), pts.get(4).date(), slope, intercept, 0.95,
                TrendDirection.DECLINING, 12 / 0.76, new Interval(13, 19), new Interval(12.5, 20), 44, 40, 1000, 42L, true,
                5, List.of(), prov);
        OverlayAnchor moore = new OverlayAnchor(new HardwareTrend("Moore's law", 24, "Moore 1975"),
                LocalDate.of(2012, 6, 1), 3.0e18, true);
        return PlotSpecBuilder.trend(new TrendPlotRequest("Compute to reach AlexNet-level accuracy", List.of(ds), fit,
                "fit: halves every 15.8 months", List.of(moore), true,
                List.of(new PlotAnnotation(2016.0, 2.0e17, "my run"))));
    }
}

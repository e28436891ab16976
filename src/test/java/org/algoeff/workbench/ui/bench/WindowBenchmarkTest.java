// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.ui.chart.CurveChart;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Window benchmarks ({@code mvn -o -Pbench test -Dtest=WindowBenchmarkTest}); figures go to target/benchmarks. */
@Tag("benchmark")
class WindowBenchmarkTest {
    private static final int RUNS = 3;
    private static final Path RESULTS = Path.of("target", "benchmarks", "window.md");

    @Test
    void startupToFirstFrameAgainstAMinimalJavaFxWindow() throws Exception {
        List<Long> minimal = new ArrayList<>();
        List<Long> ours = new ArrayList<>();
        List<Long> plotted = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            minimal.add(probe("minimal")[0]);
            long[] w = probe("workbench");
            ours.add(w[0]);
            plotted.add(w[1]);
        }
        String line = String.format(Locale.ROOT, "startup (median of %d, child JVMs, Monocle headless): minimal JavaFX "
                + "window first frame %d ms; workbench first frame %d ms (%.2fx); HB20 fitted and plotted %d ms",
                RUNS, median(minimal), median(ours), median(ours) / (double) median(minimal), median(plotted));
        record(line + " | raw minimal " + minimal + " workbench " + ours + " plotted " + plotted);
        assertTrue(median(plotted) >= median(ours));
    }

    private static long[] probe(String mode) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                StartupProbe.Main.class.getName(), mode);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long first = -1;
        long plotted = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String s;
            while ((s = r.readLine()) != null) {
                if (s.startsWith("first-frame-ms ")) {
                    first = Long.parseLong(s.substring(15).trim());
                } else if (s.startsWith("plotted-ms ")) {
                    plotted = Long.parseLong(s.substring(11).trim());
                }
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        assertTrue(first > 0, "probe " + mode + " printed no first frame");
        return new long[] {first, plotted};
    }

    @Test
    void panningTenMillionPoints() throws Exception {
        double[] small = frameTimes(100_000);
        double[] large = frameTimes(10_000_000);
        record(String.format(Locale.ROOT, "panning (120 frames, Monocle sw pipeline, 1200x700 chart): 100k points "
                        + "median %.1f ms p95 %.1f ms; 10M points median %.1f ms p95 %.1f ms (%.1fx)",
                pct(small, 50), pct(small, 95), pct(large, 50), pct(large, 95), pct(large, 50) / pct(small, 50)));
        assertTrue(large.length > 100);
    }

    /** Milliseconds between consecutive pulses while the x range pans one step per frame. */
    private static double[] frameTimes(int points) throws Exception {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i;
            y[i] = 2.0 / (1 + i / (points / 50.0)) + 0.05 * Math.sin(i * 0.01) + ((i * 7919L) % 1000) / 20000.0;
        }
        CurveChart chart = onFx(CurveChart::new);
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(chart.node(), 1200, 700));
            s.show();
            chart.show(List.of(new Curve("bench", 0, x, y, null, Double.NaN, Double.NaN)), "step", "loss", false, false,
                    Double.NaN);
            return s;
        });
        Thread.sleep(1000);
        double[] times = new double[120];
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            chart.xAxis().setAutoRanging(false);
            new AnimationTimer() {
                private long last;
                private int frame = -5;

                @Override
                public void handle(long now) {
                    if (frame >= 0 && frame < times.length) {
                        times[frame] = (now - last) / 1e6;
                    }
                    last = now;
                    frame++;
                    double width = points * 0.5;
                    double start = (frame % 100) * points * 0.005;
                    chart.xAxis().set(start, start + width);
                    chart.node().requestLayout();
                    if (frame >= times.length) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        assertTrue(done.await(300, TimeUnit.SECONDS));
        onFx(stage::close);
        return times;
    }

    private static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.round(p / 100.0 * (s.length - 1)))];
    }

    private static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static void record(String line) throws Exception {
        System.out.println("BENCH " + line);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, "- " + line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ingest speed and memory, run with {@code mvn -Pbench test -Dtest=IngestBenchmarkTest}: generates a CSV and a
 * JSONL metrics log ({@code -Dalgoeff.bench.mb}, default 1024 MB each), times {@code cat FILE > /dev/null},
 * {@code wc -l FILE} and our reader side by side, then reloads each file in a JVM whose heap is capped at
 * 32 bytes per point (+ a fixed baseline) to show the peak fits. Results go to target/bench/results.md.
 */
@Tag("benchmark")
class IngestBenchmarkTest {
    private static final int MB = Integer.getInteger("algoeff.bench.mb", 1024);
    /** Heap the JVM needs besides the points (classes, buffers, JIT), added to the 32 B/point cap. */
    private static final long BASELINE_HEAP_MB = 48;

    @Test
    void csvAndJsonlSpeedAndPeakHeap() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        List<String> report = new ArrayList<>();
        report.add("| file | size MB | cat MB/s | wc -l MB/s | reader MB/s (pass 1 / best) | points | "
                + "retained B/point | runs in -Xmx of 32 B/point + " + BASELINE_HEAP_MB + " MB |");
        report.add("|---|---|---|---|---|---|---|---|");
        for (String kind : List.of("csv", "jsonl")) {
            Path file = dir.resolve("bench." + kind);
            if (!Files.exists(file) || Files.size(file) < MB * (1L << 20) * 9 / 10) {
                generate(file, kind, MB * (1L << 20));
            }
            report.add(measure(file));
        }
        Files.write(dir.resolve("results.md"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private static String measure(Path file) throws Exception {
        double sizeMb = Files.size(file) / (double) (1L << 20);
        double cat = shellSeconds("cat '" + file + "' > /dev/null");
        double wc = shellSeconds("wc -l '" + file + "' > /dev/null");
        // Speed with the JVM's default collector (what the CLI and the window run with).
        List<String> fast = probe(file, 3, 6L << 10, "-XX:+UseG1GC");
        double first = field(fast.get(0), "seconds");
        double best = fast.stream().mapToDouble(l -> field(l, "seconds")).min().orElseThrow();
        long points = (long) field(fast.get(0), "points");
        double retainedPerPoint = field(fast.get(fast.size() - 1), "retainedBytes") / points;
        long capMb = points * 32 / (1L << 20) + BASELINE_HEAP_MB;
        // Peak with the serial collector: the least collector overhead, so the cap measures live data.
        List<String> capped = probe(file, 1, capMb, "-XX:+UseSerialGC");
        assertEquals(1, capped.size(), "the load must finish within -Xmx" + capMb + "m");
        assertEquals(points, (long) field(capped.get(0), "points"));
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f / %.0f | %d | %.1f | yes (-Xmx%dm) |",
                file.getFileName(), sizeMb, sizeMb / cat, sizeMb / wc, sizeMb / first, sizeMb / best, points,
                retainedPerPoint, capMb);
    }

    private static void generate(Path file, String kind, long bytes) throws IOException {
        Random r = new Random(7);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (kind.equals("csv")) {
                w.write("step,epoch,train_loss,val_acc,learning_rate,wall_time\n");
            }
            for (long step = 0; written < bytes; step++) {
                // Python-repr-like doubles (17 significant digits) as real loggers write them.
                String loss = Double.toString(2.0 * Math.exp(-step / 1e6) + r.nextDouble() * 0.1);
                String acc = Double.toString(r.nextFloat());
                String lr = Double.toString(1e-4 * (1 - step / 1e9));
                String wall = Double.toString(1.7e9 + step * 0.05);
                String line = kind.equals("csv")
                        ? step + "," + step / 10_000 + "," + loss + "," + acc + "," + lr + "," + wall + "\n"
                        : "{\"step\": " + step + ", \"epoch\": " + step / 10_000 + ", \"train_loss\": " + loss
                                + ", \"val_acc\": " + acc + ", \"learning_rate\": " + lr + ", \"wall_time\": " + wall
                                + "}\n";
                w.write(line);
                written += line.length();
            }
        }
    }

    private static double shellSeconds(String command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        assertEquals(0, p.waitFor());
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<String> probe(Path file, int repeats, long heapMb, String gc) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", gc,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                IngestBenchMain.class.getName(), file.toString(), Integer.toString(repeats))
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        int exit = p.waitFor();
        List<String> passes = lines.stream().filter(l -> l.startsWith("pass ")).toList();
        assertTrue(exit == 0 || !passes.isEmpty() || heapMb < 1024, () -> String.join("\n", lines));
        return exit == 0 ? passes : List.of();
    }

    private static double field(String line, String name) {
        String[] parts = line.split(" ");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals(name)) {
                return Double.parseDouble(parts[i + 1]);
            }
        }
        throw new IllegalArgumentException(name + " not in " + line);
    }
}

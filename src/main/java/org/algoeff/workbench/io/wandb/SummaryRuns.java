// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;

import org.algoeff.workbench.io.text.FlatJson;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;

/**
 * Turns a W&B run summary object into a run of single-point series: one per numeric leaf (nested dicts
 * flattened with '/'), at step {@code _step} (0 if absent) and wall time {@code _timestamp}; W&B bookkeeping
 * ({@link WandbKeys}) hidden unless asked for.
 */
final class SummaryRuns {
    /** Summary keys that are the point's coordinates, not metrics. */
    static final List<String> AXIS_KEYS = List.of("_step", "_timestamp");
    /** HF Trainer's W&B key for the run's total training FLOPs. */
    static final String HF_TOTAL_FLOS = "train/total_flos";

    private SummaryRuns() {
    }

    /** Reads the summary object the parser is on (START_OBJECT) into ordered numeric leaves. */
    static Map<String, Double> numericLeaves(JsonParser p, WandbKeys keys) throws IOException {
        Map<String, Double> leaves = new LinkedHashMap<>();
        FlatJson.object(p, "", new FlatJson.Visitor() {
            @Override
            public void number(String key, double value) {
                leaves.put(key, value);
            }

            @Override
            public void text(String key, String value) {
                keys.sawText(key);
            }
        });
        return leaves;
    }

    /** @param keys the bookkeeping filter that saw the leaves' object */
    static Run toRun(String name, String format, String source, Map<String, Double> leaves,
            Map<String, String> metadata, WandbKeys keys) {
        Double stepValue = leaves.get("_step");
        long step = stepValue == null || !Double.isFinite(stepValue) ? 0 : (long) (double) stepValue;
        Double wall = leaves.get("_timestamp");
        double wallTime = wall == null ? Double.NaN : wall;
        List<MetricSeries> series = new ArrayList<>();
        for (Map.Entry<String, Double> e : leaves.entrySet()) {
            if (!AXIS_KEYS.contains(e.getKey()) && keys.keep(e.getKey())) {
                series.add(new MetricSeries(e.getKey(), new long[] {step}, new double[] {e.getValue()},
                        new double[] {wallTime}));
            }
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        Double flos = leaves.get(HF_TOTAL_FLOS);
        if (flos != null && flos > 0 && Double.isFinite(flos)) {
            meta.put(Run.KEY_TOTAL_FLOPS, Double.toString(flos));
        }
        String id = format.equals(WandbSummaryReader.FORMAT_ID) ? WandbRunFiles.runId(java.nio.file.Path.of(source))
                : meta.getOrDefault("id", "");
        return new Run(name, format, source, id, null, series, meta);
    }
}

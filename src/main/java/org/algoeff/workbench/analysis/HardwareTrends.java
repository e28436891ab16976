// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.List;
import java.util.Optional;

import org.algoeff.workbench.model.HardwareTrend;

/** The built-in hardware trends for overlays, with their published doubling times (sources in sample-data/hardware). */
public final class HardwareTrends {
    /** Transistor density, Moore's 1975 revision; HB20 uses it for "11x over the same years". */
    public static final HardwareTrend MOORE = new HardwareTrend("Moore's law", 24,
            "Moore 1975 (2-year doubling), as used by Hernandez & Brown 2020");
    /** GPU FLOP/s per dollar over 470 GPUs 2006-2021, 95% CI 2.24-2.72 years. */
    public static final HardwareTrend GPU_PRICE_PERFORMANCE = new HardwareTrend("GPU FLOP/s per $", 2.46 * 12,
            "Hobbhahn & Besiroglu 2022, Trends in GPU price-performance (95% CI 2.24-2.72 years)");
    /** Peak FP32 FLOP/s of ML hardware. */
    public static final HardwareTrend PEAK_FP32 = new HardwareTrend("Peak FP32 FLOP/s", 2.3 * 12,
            "Epoch AI 2023, Trends in Machine Learning Hardware");

    private HardwareTrends() {
    }

    public static List<HardwareTrend> all() {
        return List.of(MOORE, GPU_PRICE_PERFORMANCE, PEAK_FP32);
    }

    public static Optional<HardwareTrend> named(String name) {
        return all().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}

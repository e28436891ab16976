// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.algoeff.workbench.model.MetricSeries;

/**
 * Point buffer for huge series that keeps peak heap near the 24 bytes per point the finished
 * {@link MetricSeries} needs: points go into chunks (growing from 16 to 32 Ki points, so a file with thousands
 * of one-point series stays small; never grow-and-copy), wall times are stored only
 * once one is known, and {@link #build()} assembles the final arrays one at a time, dropping each array's chunks
 * as soon as they are copied. Not thread-safe.
 */
public final class ChunkedSeriesBuilder {
    /** 32 Ki points: a 256 KB chunk stays below G1's humongous threshold (half a region, at least 512 KB). */
    private static final int MAX_CHUNK = 1 << 15;
    private static final int MIN_CHUNK = 16;

    private final String tag;
    private List<long[]> steps = new ArrayList<>();
    private List<double[]> values = new ArrayList<>();
    private List<double[]> walls;
    private int inChunk;
    private int chunkLength;
    private long[] stepChunk;
    private double[] valueChunk;
    private double[] wallChunk;
    private long size;
    private final PointBudget budget;

    public ChunkedSeriesBuilder(String tag) {
        this(tag, null);
    }

    /** @param budget where every chunk is reserved before it is allocated, or null for no bound */
    public ChunkedSeriesBuilder(String tag, PointBudget budget) {
        this.tag = tag;
        this.budget = budget;
    }

    public String tag() {
        return tag;
    }

    public long size() {
        return size;
    }

    /** Appends one point; wall time in seconds since the epoch or NaN. False (point dropped) when the budget is spent. */
    public boolean add(long step, double value, double wallTimeSeconds) {
        if (inChunk == chunkLength && !newChunk()) {
            return false;
        }
        if (walls == null && !Double.isNaN(wallTimeSeconds)) {
            if (budget != null && !budget.reserve(8L * steps.size() * Math.max(chunkLength, 1))) {
                return false;
            }
            walls = new ArrayList<>();
            for (long[] chunk : steps) {
                walls.add(nanChunk(chunk.length));
            }
            wallChunk = walls.get(walls.size() - 1);
        }
        stepChunk[inChunk] = step;
        valueChunk[inChunk] = value;
        if (wallChunk != null) {
            wallChunk[inChunk] = wallTimeSeconds;
        }
        inChunk++;
        size++;
        return true;
    }

    private boolean newChunk() {
        int length = (int) Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size));
        if (budget != null && !budget.reserve((walls == null ? 16L : 24L) * length)) {
            return false;
        }
        chunkLength = length;
        stepChunk = new long[chunkLength];
        valueChunk = new double[chunkLength];
        steps.add(stepChunk);
        values.add(valueChunk);
        if (walls != null) {
            wallChunk = nanChunk(chunkLength);
            walls.add(wallChunk);
        }
        inChunk = 0;
        return true;
    }

    private static double[] nanChunk(int length) {
        double[] chunk = new double[length];
        Arrays.fill(chunk, Double.NaN);
        return chunk;
    }

    /** Freezes the points into a series; the builder is empty afterwards. */
    public MetricSeries build() {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("series " + tag + " has more points than one Java array holds");
        }
        int n = (int) size;
        long[] s = new long[n];
        int at = 0;
        for (int c = 0; c < steps.size(); c++) {
            int len = Math.min(steps.get(c).length, n - at);
            System.arraycopy(steps.get(c), 0, s, at, len);
            at += len;
            steps.set(c, null);
        }
        steps = new ArrayList<>();
        double[] v = concat(values, n);
        values = new ArrayList<>();
        double[] w;
        if (walls == null) {
            w = new double[n];
            Arrays.fill(w, Double.NaN);
        } else {
            w = concat(walls, n);
            walls = null;
        }
        size = 0;
        inChunk = 0;
        chunkLength = 0;
        stepChunk = null;
        valueChunk = null;
        wallChunk = null;
        return new MetricSeries(tag, s, v, w);
    }

    private static double[] concat(List<double[]> chunks, int n) {
        double[] out = new double[n];
        int at = 0;
        for (int c = 0; c < chunks.size(); c++) {
            int len = Math.min(chunks.get(c).length, n - at);
            System.arraycopy(chunks.get(c), 0, out, at, len);
            at += len;
            chunks.set(c, null);
        }
        return out;
    }
}

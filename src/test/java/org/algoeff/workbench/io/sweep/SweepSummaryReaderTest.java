// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Median and spread per recipe from a summary table, missed seeds, a damaged line, folder detection. */
class SweepSummaryReaderTest {
    private static final String HEADER = "cell,recipe,year,seed,target,dataset,backend,device,train_examples,"
            + "test_examples,examples,forward_flops_per_example,training_flops,reached,compute_to_target,"
            + "final_accuracy,best_accuracy,seconds,log";

    private static String row(String recipe, int year, int seed, String dataset, boolean reached, String ctt) {
        return "c," + recipe + "," + year + "," + seed + ",0.9,\"" + dataset + "\",cpu,\"cpu: x, y\",1,1,1,1,1,"
                + reached + "," + ctt + ",0.9,0.9,1.0,cells/c.jsonl";
    }

    @Test
    void oneDataSetPerTargetAndDataWithSpreadAcrossSeeds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sweep.json"), "{}");
        Files.write(dir.resolve("summary.csv"), List.of(HEADER,
                row("mlp-1986", 1986, 1, "/d/mnist, full", true, "4.0E12"),
                row("mlp-1986", 1986, 2, "/d/mnist, full", true, "2.0E12"),
                row("mlp-1986", 1986, 3, "/d/mnist, full", false, ""),
                row("cnn-2012", 2012, 1, "/d/mnist, full", false, ""),
                row("cnn-2012", 2012, 2, "/d/mnist, full", false, ""),
                row("cnn-2012", 2012, 3, "/d/mnist, full", true, "1.0E11"),
                "c,cnn-2012,20x2,1,0.9",
                "c,cnn-2012,20x2,1,0.9,d,cpu,dev,1,1,1,1,1,true,1,0.9,0.9,1.0,l"));
        assertTrue(SweepSummaryReader.isSweepFolder(dir));
        ParseResult<List<TrendDataset>> r = new SweepSummaryReader().read(dir);
        assertEquals(1, r.value().size());
        List<TrendPoint> points = r.value().get(0).points();
        assertEquals(1, points.size(), "cnn-2012 missed on 2 of 3 seeds: no median");
        TrendPoint mlp = points.get(0);
        assertEquals("mlp-1986", mlp.label());
        assertEquals(4.0e12, mlp.value(), "median of 2e12, 4e12 and a miss (infinity)");
        assertEquals("2.0E12", mlp.attributes().get(TrendPoint.SPREAD_LOW));
        assertEquals("4.0E12", mlp.attributes().get(TrendPoint.SPREAD_HIGH));
        assertEquals("3", mlp.attributes().get("seeds"));
        assertEquals("2", mlp.attributes().get("reached"));
        assertEquals(1986, mlp.date().getYear());
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).describe().contains("line 8"), r.problems().get(0).describe());
        assertTrue(r.problems().get(1).describe().contains("line 9"), r.problems().get(1).describe());
        assertTrue(r.problems().get(2).describe().contains("cnn-2012"), r.problems().get(2).describe());
    }

    @Test
    void aSummaryWithTheVariationColumnReadsEachVariationAsItsOwnPoint(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sweep.json"), "{}");
        Files.write(dir.resolve("summary.csv"), List.of(HEADER + ",variation",
                row("mlp-1986", 1986, 1, "/d", true, "4.0E12") + ",as published",
                row("mlp-1986[w0.5]", 1986, 1, "/d", true, "1.0E12") + ",w0.5"));
        ParseResult<List<TrendDataset>> r = new SweepSummaryReader().read(dir);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<TrendPoint> points = r.value().get(0).points();
        assertEquals(List.of("mlp-1986", "mlp-1986[w0.5]"), points.stream().map(TrendPoint::label).toList());
        assertEquals(1.0e12, points.get(1).value());
    }

    @Test
    void aFolderWithoutTheGridFileIsNoSweep(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("summary.csv"), HEADER + "\n");
        assertFalse(SweepSummaryReader.isSweepFolder(dir));
        assertFalse(SweepSummaryReader.isSweepFolder(dir.resolve("summary.csv")));
    }

    @Test
    void aDamagedSummaryKeepsTheRowsBeforeTheDamageAndSaysWhere(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sweep.json"), "{}");
        byte[] good = (HEADER + "\n" + row("mlp-1986", 1986, 1, "d", true, "1.0E12") + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] junk = {(byte) 0xff, (byte) 0xfe, 'x', '\n'};
        byte[] all = java.util.Arrays.copyOf(good, good.length + junk.length);
        System.arraycopy(junk, 0, all, good.length, junk.length);
        Files.write(dir.resolve("summary.csv"), all);
        ParseResult<List<TrendDataset>> r = new SweepSummaryReader().read(dir);
        assertEquals(1, r.value().size());
        assertEquals(1.0e12, r.value().get(0).points().get(0).value());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).describe().contains("summary.csv") && r.problems().get(0).describe()
                .contains("not UTF-8"), r.problems().get(0).describe());
    }
}

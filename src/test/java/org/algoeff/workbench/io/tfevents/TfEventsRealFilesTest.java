// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real event file in shared/realworld/tfevents. Counts and steps are those of SOURCES.md; first and
 * last values were cross-checked with an independent Python decoder (float32 values widened to double).
 */
class TfEventsRealFilesTest {
    private static final String DIR = "realworld/tfevents/";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "wandb__events.out.tfevents.1585769947.cvp, batch_loss, 17, 0, 16, 3.9135773181915283, 2.932505594799295e-05",
        "wandb__events.out.tfevents.1585769947.cvp, epoch_val_acc, 17, 0, 16, 1.0, 1.0",
        "tensorboard-reducer__events.out.tfevents.1622543341.janoshs-mbp.lan.86862.3, lax/foo, 110, 0, 109, "
                + "1.2587659358978271, 1.4174270629882812",
        "tensorboard-reducer__events.out.tfevents.1622543341.janoshs-mbp.lan.86862.3, lax/bar_2, 110, 0, 109, "
                + "1.2402715682983398, 1.4685683250427246",
        "Machine-Learning-Engineering-with-MLflow__catboost_learn__events.out.tfevents, Logloss, 1000, 0, 999, "
                + "0.6917009353637695, 0.17236436903476715",
        "pl-wrapper__events.out.tfevents.1697013884.b422b77d2f01.7345.0, val_loss_step, 1200, 0, 1199, "
                + "1.5006953477859497, 0.17968574166297913",
        "pl-wrapper__events.out.tfevents.1697013884.b422b77d2f01.7345.0, epoch, 177, 49, 5879, 0.0, 29.0",
        "dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0, train_loss, 45, 49, 2249, "
                + "0.6941855549812317, 0.34515830874443054",
        "dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0, epoch, 55, 49, 2249, 0.0, 4.0",
        "dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0, val_acc, 5, 449, 2249, "
                + "0.7699999809265137, 0.8374999761581421",
        "TensorBoard-Flight-Analysis__events.out.tfevents.1761085468.MacBookPro.lan.87403.1, train/value_loss, 2, "
                + "4096, 6144, 2237.000732421875, 3437.52978515625",
    })
    void seriesHasLoggedPointsStepsAndValues(String file, String tag, int points, long firstStep, long lastStep,
            double firstValue, double lastValue) throws IOException {
        Run run = readClean(file);
        MetricSeries s = run.series(tag).orElseThrow(() -> new AssertionError(tag + " not in " + run.tags()));
        assertEquals(points, s.size());
        assertEquals(firstStep, s.step(0));
        assertEquals(lastStep, s.step(points - 1));
        assertEquals(firstValue, s.value(0));
        assertEquals(lastValue, s.value(points - 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wandb__events.out.tfevents.1585769947.cvp, 6, 102",
        "tensorboard-reducer__events.out.tfevents.1622543341.janoshs-mbp.lan.86862.3, 3, 330",
        "Machine-Learning-Engineering-with-MLflow__catboost_learn__events.out.tfevents, 1, 1000",
        "pl-wrapper__events.out.tfevents.1697013884.b422b77d2f01.7345.0, 10, 3048",
        "dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0, 6, 116",
        "TensorBoard-Flight-Analysis__events.out.tfevents.1761085468.MacBookPro.lan.87403.1, 13, 29",
    })
    void fileHasItsTagAndPointCounts(String file, int tags, long points) throws IOException {
        Run run = readClean(file);
        assertEquals(tags, run.series().size(), run.tags().toString());
        assertEquals(points, run.totalPoints());
        assertEquals("tfevents", run.format());
    }

    @Test
    void wandbFixtureSkipsGraphsAndKeepsSixTagsOfSeventeen() throws IOException {
        Run run = readClean("wandb__events.out.tfevents.1585769947.cvp");
        assertEquals(List.of("batch_loss", "batch_acc", "epoch_acc", "epoch_loss", "epoch_val_acc", "epoch_val_loss"),
                run.tags());
    }

    @Test
    void dlFundamentalsSkipsHparamsSummaries() throws IOException {
        Run run = readClean("dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0");
        assertEquals(List.of("hp_metric", "train_loss", "epoch", "val_loss", "val_acc", "train_acc"), run.tags());
        assertEquals(-1.0, run.series("hp_metric").orElseThrow().value(0));
        assertTrue(run.tags().stream().noneMatch(t -> t.startsWith("_hparams_")));
    }

    @Test
    void catboostFileHasNoFileVersionAndIntegerWallTimes() throws IOException {
        Run run = readClean("Machine-Learning-Engineering-with-MLflow__catboost_learn__events.out.tfevents");
        assertEquals(null, run.metadata().get(TfEventsReader.KEY_FILE_VERSION));
        MetricSeries s = run.series("Logloss").orElseThrow();
        assertEquals(1625402580.0, s.wallTimeSeconds(0));
        assertEquals(1625402582.0, s.wallTimeSeconds(999));
    }

    @Test
    void realFilesAreAcceptedByContentEvenWhenRenamed() throws IOException {
        Path dir = SharedData.require(DIR);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] head = new byte[4096];
                int n;
                try (var in = Files.newInputStream(f)) {
                    n = in.readNBytes(head, 0, head.length);
                }
                assertTrue(TfEventsReader.startsWithRecordHeader(java.util.Arrays.copyOf(head, n)), f.toString());
            }
        }
    }

    private static Run readClean(String file) throws IOException {
        Path path = SharedData.require(DIR + file);
        ParseResult<List<Run>> result = new TfEventsReader().read(path, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.value().size());
        return result.value().get(0);
    }
}

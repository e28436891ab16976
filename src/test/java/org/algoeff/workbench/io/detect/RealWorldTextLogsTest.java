// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text-format file in shared/realworld loads through detection with the right format, series, point
 * counts and first/last points. Expected values were read off the raw files (counts match SOURCES.md).
 */
class RealWorldTextLogsTest {
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
        // file, format, tag, points, first step, first value, last step, last value, number of series
        // (W&B bookkeeping such as _runtime and media fields is hidden: WandbKeys)
        // (epoch axes count epochs completed: a 0-based epoch column is shifted by one)
        "trainer_state/MetaMath__trainer_state.json, hf-trainer-state, loss, 128, 1, 1.0372, 128, 0.5728, 9",
        "trainer_state/MetaMath__trainer_state.json, hf-trainer-state, epoch, 129, 1, 0.0078125, 128, 1.0, 9",
        "trainer_state/qlora__trainer_state.json, hf-trainer-state, loss, 1000, 10, 5.4962, 10000, 0.0886, 8",
        "trainer_state/stanford_alpaca-yc1999__trainer_state.json, hf-trainer-state, loss, 1218, 1, 1.5021, 1218, 0.4774, 8",
        "trainer_state/trainer_state_viz__trainer_state.json, hf-trainer-state, eval_g0_accuracy, 31, 0, 0.7082294264339152, 12030, 0.5935162094763092, 34",
        "trainer_state/trainer_state_viz__trainer_state.json, hf-trainer-state, loss, 30, 401, 1.1074, 12030, 0.0549, 34",
        "trainer_state/whisper-large-v2-japanese-5k-steps__trainer_state.json, hf-trainer-state, eval_wer, 5, 1000, 0.78878255063432, 5000, 0.7449365679946583, 13",
        "trainer_state/whisper-large-v2-japanese-5k-steps__trainer_state.json, hf-trainer-state, loss, 200, 25, 0.3048, 5000, 0.0002, 13",
        "lightning_csv/dl-fundamentals__version_1__metrics.csv, lightning-csv, train_loss, 234, 49, 0.6941855549812317, 11699, 0.46052858233451843, 5",
        "lightning_csv/dl-fundamentals__version_1__metrics.csv, lightning-csv, val_acc, 25, 449, 0.7699999809265137, 11249, 0.8831250071525574, 5",
        "lightning_csv/dl-fundamentals__version_1__metrics.csv, lightning-csv, epoch, 284, 49, 0, 11699, 25, 5",
        "lightning_csv/dl-fundamentals__version_2__metrics.csv, lightning-csv, test_acc, 1, 2250, 0.8392500281333923, 2250, 0.8392500281333923, 6",
        "lightning_csv/dl-fundamentals__version_2__metrics.csv, lightning-csv, val_loss, 5, 449, 0.4812189042568207, 2249, 0.3916645348072052, 6",
        "lightning_csv/ml-aos__version_1__metrics.csv, lightning-csv, val_loss, 100, 150, 0.0008672173717059195, 15099, 1.8227028704131953e-06, 5",
        "lightning_csv/ml-aos__version_1__metrics.csv, lightning-csv, train_rmse, 302, 49, 0.21013759076595306, 15099, 0.0019401258323341608, 5",
        "lightning_csv/Contact-Point-Detection__version_7__metrics.csv, lightning-csv, train_loss, 1023, 1, 85.09262084960938, 1023, 85.02904510498047, 1",
        "keras_csv/DCBLSTM_PSP__training.log, keras-csv, val_accuracy, 100, 1, 0.13501673936843872, 100, 0.9227399826049805, 24",
        "keras_csv/DCBLSTM_PSP__training.log, keras-csv, true_positives, 100, 1, 270100.0, 100, 735861.0, 24",
        "keras_csv/Behavioral_Cloning_SDCP4__training.log, keras-csv, val_loss, 10, 1, 0.09672782134617353, 10, 0.0631858627607488, 2",
        "keras_csv/CarND-Behavioral-Cloning-P3__history.csv, keras-csv, loss, 5, 1, 0.0618528367554, 5, 0.0540398091721, 2",
        "wandb/stanford_alpaca-yc1999__run-ymr3ch8s__wandb-summary.json, wandb-summary, train/loss, 1, 1218, 0.4774, 1218, 0.4774, 9",
        "wandb/stanford_alpaca-yc1999__run-5hx57wy1__wandb-summary.json, wandb-summary, train/global_step, 1, 39, 40, 39, 40, 4",
        "wandb/JaxMARL-utmist__wandb-summary.json, wandb-summary, reward_structure/mechanics/pot_burn_time, 1, 160, 40, 160, 40, 105",
        "wandb/JaxMARL-utmist__wandb_runs_full.json, wandb-api-export, mean_reward, 1, 14976000, 0.3096824288368225, 14976000, 0.3096824288368225, 91",
    })
    void loadsWithExactPoints(String file, String format, String tag, int points, long firstStep, double firstValue,
            long lastStep, double lastValue, int seriesCount) {
        Path path = SharedData.require("realworld/" + file);
        LoadReport report = new RunLoader().load(List.of(path), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(1, report.sources().size());
        SourceResult source = report.sources().get(0);
        assertEquals(format, source.format());
        assertEquals(1, source.runs().size(), () -> "runs: " + source.runs());
        assertTrue(source.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), source.problems()::toString);
        Run run = source.runs().get(0);
        assertEquals(seriesCount, run.series().size(), () -> "tags: " + run.tags());
        MetricSeries s = run.series(tag).orElseThrow();
        assertEquals(points, s.size());
        assertEquals(firstStep, s.step(0));
        assertEquals(firstValue, s.value(0), 0.0);
        assertEquals(lastStep, s.step(s.size() - 1));
        assertEquals(lastValue, s.value(s.size() - 1), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "trainer_state/MetaMath__trainer_state.json, 71872002048.0",
        "trainer_state/qlora__trainer_state.json, 1.4692228116873216e+17",
        "trainer_state/stanford_alpaca-yc1999__trainer_state.json, 2.4886349536847462e+17",
        "trainer_state/trainer_state_viz__trainer_state.json, 2.3847568878600192e+17",
        "trainer_state/whisper-large-v2-japanese-5k-steps__trainer_state.json, 5.27162132754432e+20",
        "wandb/stanford_alpaca-yc1999__run-ymr3ch8s__wandb-summary.json, 2.4886349536847462e+17",
    })
    void keepsLoggedFlopsAsRunCompute(String file, double totalFlops) {
        Path path = SharedData.require("realworld/" + file);
        Run run = new RunLoader().load(List.of(path), ProgressSink.NONE, CancellationToken.NEVER).runs().get(0);
        assertEquals(totalFlops, run.totalTrainingFlops().orElseThrow(), 0.0);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.io.settings.UserDirs;
import org.algoeff.workbench.rerun.Calibration;
import org.algoeff.workbench.rerun.CalibrationService;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.StopRule;
import org.algoeff.workbench.task.CancellationToken;

/** {@code algoeff calibrate}: sets a data set's default rerun target to the level the oldest recipe reaches. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Train the oldest recipe (mlp-1986) to convergence (after >= 2 epochs, doubling the examples raised its",
            "best validation accuracy by no more than one standard error of it; within --max-epochs, default 1000) over",
            "several seeds and store the level",
            "every seed reached on the validation split as the data set's default target (DIR/calibration.json)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--recipe", paramLabel = "ID", description = "recipe that sets the level (default: the oldest)")
    String recipeId;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: DIR/calibration.json)")
    Path out;

    /**
     * The budget within which the baseline must converge, unless --max-epochs gives another: a cap, not the stop
     * (the plateau rule stops it; mlp-1986 as published converges after some hundreds of epochs).
     */
    static final int DEFAULT_MAX_EPOCHS = 1000;

    @Mixin
    RerunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        UserDirs.prepareNativeRuntime();
        Recipe recipe = recipeId == null ? Recipes.oldest() : RerunCommand.resolve(java.util.List.of(recipeId)).get(0);
        Path dir = options.dataDir();
        Path file = out == null ? dir.resolve(Calibration.FILE_NAME) : out;
        RerunRequest request = new RerunRequest(recipe, dir, Double.POSITIVE_INFINITY,
                options.maxEpochs > 0 ? options.maxEpochs : DEFAULT_MAX_EPOCHS, options.seed, options.backend(),
                options.trainLimit, options.testLimit, options.threads, null, options.validationDigits(), StopRule.CONVERGED);
        PrintWriter stderr = spec.commandLine().getErr();
        Calibration c = new CalibrationService(new RerunService()).calibrate(request, options.seeds, file,
                new TerminalProgress(stderr), org.algoeff.workbench.rerun.RerunListener.NONE, CancellationToken.NEVER);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s-level on %s: %.3f on the %s split (converged accuracies %s, median %.4f, 95%% "
                + "interval of the level %.4f-%.4f; test accuracies there %s; budget %d epochs, %s); written to %s%n",
                c.recipe(), dir, c.target(), c.split(), c.bestAccuracies(), c.medianAccuracy(),
                c.accuracyInterval().get(0), c.accuracyInterval().get(1), c.testAccuracies(), c.epochs(),
                c.stopRule(), file);
        stdout.flush();
        return 0;
    }
}

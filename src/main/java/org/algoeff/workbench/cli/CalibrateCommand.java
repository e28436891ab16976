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

import org.algoeff.workbench.rerun.Calibration;
import org.algoeff.workbench.rerun.CalibrationService;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.task.CancellationToken;

/** {@code algoeff calibrate}: sets a data set's default rerun target to the level the oldest recipe reaches. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Train the oldest recipe (mlp-1986) for its full budget over several seeds and store the accuracy",
            "every seed reached as the data set's default target (calibration.json in the data folder)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--recipe", paramLabel = "ID", description = "recipe that sets the level (default: the oldest)")
    String recipeId;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: DIR/calibration.json)")
    Path out;

    @Mixin
    RerunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RerunOptions.prepareNativeRuntime();
        Recipe recipe = recipeId == null ? Recipes.oldest() : RerunCommand.resolve(java.util.List.of(recipeId)).get(0);
        Path dir = options.dataDir();
        Path file = out == null ? dir.resolve(Calibration.FILE_NAME) : out;
        RerunRequest request = new RerunRequest(recipe, dir, Double.POSITIVE_INFINITY, options.maxEpochs, options.seed,
                options.backend(), options.trainLimit, options.testLimit, options.threads, null);
        PrintWriter stderr = spec.commandLine().getErr();
        Calibration c = new CalibrationService(new RerunService()).calibrate(request, options.seeds, file,
                new TerminalProgress(stderr), org.algoeff.workbench.rerun.RerunListener.NONE, CancellationToken.NEVER);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s-level on %s: %.3f (best accuracies %s over %d epochs); written to %s%n",
                c.recipe(), dir, c.target(), c.bestAccuracies(), c.epochs(), file);
        stdout.flush();
        return 0;
    }
}

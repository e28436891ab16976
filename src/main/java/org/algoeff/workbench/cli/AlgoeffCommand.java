// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the {@code algoeff} command line; each subcommand calls the same services as the window. */
@Command(name = "algoeff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Measure algorithmic efficiency: fit trends, read training logs, rerun recipes.",
        subcommands = {
            CommandLine.HelpCommand.class,
            FitCommand.class,
            PlotCommand.class,
            InspectCommand.class,
            CttCommand.class,
            RecipesCommand.class,
            RerunCommand.class,
            CalibrateCommand.class,
            TuneCommand.class,
            SweepCommand.class,
            SweepCttCommand.class,
            EffectiveComputeCommand.class,
        })
public final class AlgoeffCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the project's error handling: one line, no stack trace, exit 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AlgoeffCommand());
        // "--direction declining" as the help writes it, as well as DECLINING.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Whatever writers the caller set, text from files reaches them escaped (TerminalSafeWriter).
        cli.setExecutionStrategy(parseResult -> {
            cli.setOut(new PrintWriter(new TerminalSafeWriter(cli.getOut()), true));
            cli.setErr(new PrintWriter(new TerminalSafeWriter(cli.getErr()), true));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("algoeff: " + CliErrors.oneLine(ex));
            err.flush();
            return 1;
        });
        return cli;
    }

    /** Runs the CLI and returns its exit code (0 ok, 1 bad input or failure, 2 usage error). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}

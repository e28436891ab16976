// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.algoeff.workbench.cli.AlgoeffCommand;

/**
 * Child-JVM probe for {@link LazyNd4jLoadingTest}: loads and initialises every workbench production class outside
 * {@code rerun.dl4j} (not the forwarding class {@code org.nd4j.nativeblas.Nd4jCpu}, which only DL4J asks for, inside
 * a rerun), then runs each CLI command line given (separated by "--next"), printing their exit codes.
 */
public final class LazyLoadProbe {
    private LazyLoadProbe() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path classes = Path.of(AlgoeffCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(p -> classes.relativize(p).toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> n.startsWith("org.algoeff.workbench.") && !n.contains(".rerun.dl4j.")).sorted().toList();
        }
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, true, LazyLoadProbe.class.getClassLoader());
                loaded++;
            } catch (Throwable e) { // a class whose static set-up needs a display is still loaded; keep going
                System.out.println("probe: could not initialise " + name + ": " + e);
            }
        }
        System.out.println("probe: loaded " + loaded + " classes");
        List<String> command = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals("--next")) {
                run(command);
                command.clear();
            } else {
                command.add(arg);
            }
        }
        run(command);
    }

    private static void run(List<String> command) {
        if (!command.isEmpty()) {
            System.out.println("probe: exit " + AlgoeffCommand.execute(command.toArray(String[]::new)) + " for " + command);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ND4J loads ~390 MB of native code, so it must load only when a rerun starts: a child JVM with {@code -verbose:class}
 * loads every class outside {@code rerun.dl4j} and runs CLI commands that need no training, and no
 * org.nd4j / org.deeplearning4j / org.bytedeco class may appear; nor may one when the window opens with its Reruns tab
 * ({@code WindowLazyProbe}); a tiny rerun then must load them.
 */
class LazyNd4jLoadingTest {
    private static final List<String> NATIVE_PREFIXES = List.of(" org.nd4j.", " org.deeplearning4j.", " org.bytedeco.");

    @TempDir
    Path tmp;

    private static List<String> runChild(String... args) throws IOException, InterruptedException {
        return runChild(LazyLoadProbe.class.getName(), List.of(), args);
    }

    private static List<String> runChild(String mainClass, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path")));
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (cache != null) {
            cmd.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
        }
        cmd.addAll(jvmArgs);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> nativeClassLoads(List<String> lines) {
        return lines.stream().filter(l -> l.contains("class,load") || l.startsWith("[Loaded"))
                .filter(l -> NATIVE_PREFIXES.stream().anyMatch(l::contains)).toList();
    }

    @Test
    void startUpAndAnalyticCommandsLoadNoNativeBackend() throws IOException, InterruptedException {
        List<String> lines = runChild("recipes", "--next", "recipes", "--json", "--next", "--help", "--next",
                "fit", "sample-data/hb20/alexnet-level.csv", "--bootstrap", "50", "--next", "rerun", "no-such-recipe");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("probe: loaded ")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.equals("probe: exit 0 for [recipes]")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("mlp-1986")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("probe: exit 1 for [rerun, no-such-recipe]")));
        assertEquals(List.of(), nativeClassLoads(lines));
    }

    @Test
    void theWindowAndItsRerunsTabLoadNoNativeBackend() throws IOException, InterruptedException {
        List<String> lines = runChild("org.algoeff.workbench.ui.main.WindowLazyProbe", List.of("-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"));
        String shown = String.join("\n", lines.stream().filter(l -> l.startsWith("probe:")).toList());
        assertTrue(shown.contains("probe: window open, tab Reruns, recipes 5, target 0.956, panel true"), shown);
        assertTrue(shown.contains("probe: done"), shown);
        assertEquals(List.of(), nativeClassLoads(lines));
    }

    @Test
    void aRerunLoadsNd4j() throws IOException, InterruptedException {
        List<String> lines = runChild("rerun", "mlp-1986", "--seeds", "1", "--max-epochs", "1", "--train-limit", "64",
                "--test-limit", "64", "--validation", "0", "--target", "0.99", "--json", "--out", tmp.resolve("log.jsonl").toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("probe: exit 0 for [rerun")), String.join("\n",
                lines.stream().filter(l -> !l.contains("class,load")).toList()));
        assertTrue(nativeClassLoads(lines).stream().anyMatch(l -> l.contains(" org.nd4j.linalg.factory.Nd4j ")));
        String json = lines.stream().filter(l -> l.startsWith("{\"recipe\":\"mlp-1986\"")).findFirst().orElseThrow();
        assertTrue(json.contains("\"examples\":64,"), json);
        assertTrue(json.contains("\"trainingFlops\":" + 3L * 406_528 * 64 + ","), json);
        assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("log.jsonl")));
    }
}

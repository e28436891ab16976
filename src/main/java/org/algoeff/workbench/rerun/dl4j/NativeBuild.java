// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.List;

import org.bytedeco.javacpp.Loader;

/**
 * Points JavaCPP at the libnd4j build that is on the class path, before ND4J loads. The oneDNN builds of nd4j-native
 * (classifiers {@code linux-x86_64-onednn}, {@code -onednn-avx2}, {@code -onednn-avx512}) keep their natives under
 * {@code <platform><extension>/}, and JavaCPP only looks there when the system property
 * {@value #EXTENSION_PROPERTY} names the extension. A value the user set is kept.
 */
final class NativeBuild {
    static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** Most specific first: a class path holding several builds gets the fastest one. */
    private static final List<String> EXTENSIONS = List.of("-onednn-avx512", "-onednn-avx2", "-onednn", "-cudnn", "-avx512", "-avx2");
    private static final List<String> BINDING_FOLDERS = List.of("org/nd4j/linalg/cpu/nativecpu/bindings/",
            "org/nd4j/linalg/jcublas/bindings/");
    private static final List<String> LIBRARIES = List.of("jnind4jcpu", "jnind4jcuda");

    private NativeBuild() {
    }

    /** Sets the extension of the natives found on the class path (unless already set); returns the one in force. */
    static String select() {
        String set = System.getProperty(EXTENSION_PROPERTY);
        if (set != null) {
            return set;
        }
        String platform = Loader.getPlatform();
        ClassLoader loader = NativeBuild.class.getClassLoader();
        for (String extension : EXTENSIONS) {
            for (String folder : BINDING_FOLDERS) {
                for (String library : LIBRARIES) {
                    String resource = folder + platform + extension + "/" + System.mapLibraryName(library);
                    if (loader.getResource(resource) != null) {
                        System.setProperty(EXTENSION_PROPERTY, extension);
                        return extension;
                    }
                }
            }
        }
        return "";
    }
}

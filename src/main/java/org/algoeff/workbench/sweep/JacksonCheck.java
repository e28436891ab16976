// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;

/**
 * Spark registers jackson-module-scala, which refuses a jackson-databind of another minor version with an error
 * deep inside Spark's start-up. This check fails first, in one line that names both versions.
 */
final class JacksonCheck {
    private JacksonCheck() {
    }

    static void verify() {
        Module scala;
        try {
            scala = (Module) Class.forName("com.fasterxml.jackson.module.scala.DefaultScalaModule$")
                    .getField("MODULE$").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("jackson-module-scala is not on the class path (Spark needs it): " + e);
        }
        try {
            new ObjectMapper().registerModule(scala);
        } catch (RuntimeException e) {
            throw new IllegalStateException("jackson-module-scala " + scala.version() + " does not accept "
                    + "jackson-databind " + PackageVersion.VERSION + "; put a jackson-module-scala_2.13 of the same "
                    + "minor version on the class path (docs/spark.md): " + e.getMessage(), e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Finds Spark at run time. Spark is a provided dependency (docs/spark.md): it is on the class path under
 * spark-submit, or when its jars are added by hand, but not inside {@code algoeff.jar}.
 */
public final class SweepEngines {
    /** The one line shown when Spark is missing. */
    public static final String NO_SPARK = "Spark is not on the class path: run with spark-submit, or put Spark's jars "
            + "on the class path: java -cp target/algoeff.jar:$SPARK_HOME/jars/* "
            + "org.algoeff.workbench.app.Launcher sweep ... (see docs/spark.md)";
    private static final String IMPLEMENTATION = "org.algoeff.workbench.sweep.SparkSweepEngine";

    private SweepEngines() {
    }

    /** Whether Spark's classes can be loaded. */
    public static boolean sparkAvailable() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SweepEngines.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A Spark engine on {@code master} (null: the one spark-submit set, else {@code local[*]}) with extra settings.
     *
     * @throws IllegalStateException with {@link #NO_SPARK} when Spark is absent, or why it cannot start
     */
    public static SweepEngine spark(String master, Map<String, String> conf) {
        if (!sparkAvailable()) {
            throw new IllegalStateException(NO_SPARK);
        }
        try {
            return (SweepEngine) Class.forName(IMPLEMENTATION).getConstructor(String.class, Map.class)
                    .newInstance(master, conf);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.toString(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the Spark engine: " + e, e);
        }
    }
}

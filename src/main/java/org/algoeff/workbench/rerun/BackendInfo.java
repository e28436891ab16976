// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Objects;

/**
 * What a rerun really ran on.
 *
 * @param requested    the backend the user asked for
 * @param used         the backend in use (CPU when CUDA was asked for but is not usable)
 * @param backendClass ND4J backend class, e.g. {@code org.nd4j.linalg.cpu.nativecpu.CpuBackend}
 * @param blasVendor   BLAS library, e.g. "OPENBLAS"
 * @param threads      native (OpenMP) threads
 * @param device       the device, e.g. "CPU (2 cores)" or the GPU's name
 * @param engine       how the network is computed, e.g. "libnd4j ops, oneDNN kernels"; empty when not reported
 * @param message      why the backend differs from the request; empty when it does not
 */
public record BackendInfo(Backend requested, Backend used, String backendClass, String blasVendor, int threads,
        String device, String engine, String message) {
    public BackendInfo {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(used, "used");
        backendClass = backendClass == null ? "" : backendClass;
        blasVendor = blasVendor == null ? "" : blasVendor;
        device = device == null ? "" : device;
        engine = engine == null ? "" : engine;
        message = message == null ? "" : message;
    }

    /** One line for a status bar or stderr. */
    public String describe() {
        String base = used.id() + ": " + backendClass + ", BLAS " + blasVendor + ", " + threads + " threads, " + device
                + (engine.isEmpty() ? "" : ", " + engine);
        return message.isEmpty() ? base : base + " (" + message + ")";
    }
}

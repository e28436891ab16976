// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.task.JobFailed;

/**
 * Starts ND4J and reports what it runs on. ND4J picks its backend from the class path (nd4j-native by default,
 * nd4j-cuda in a {@code -Dcuda} build); a CUDA request on a build or machine without a usable GPU falls back to CPU
 * with a message saying so.
 */
final class BackendProbe {
    private static final Logger LOG = LoggerFactory.getLogger(BackendProbe.class);

    private BackendProbe() {
    }

    static BackendInfo start(Backend requested, int threads) {
        String backendClass;
        try {
            backendClass = Nd4j.getBackend().getClass().getName();
        } catch (Throwable e) { // native load failures are Errors (UnsatisfiedLinkError), not exceptions
            throw new JobFailed("the ND4J backend could not start (" + e + ")"
                    + (requested == Backend.CUDA ? "; CUDA 11.6 and a supported GPU are needed for --backend cuda" : ""), e);
        }
        Backend used = backendClass.toLowerCase(java.util.Locale.ROOT).contains("cuda") ? Backend.CUDA : Backend.CPU;
        String message = "";
        if (requested == Backend.CUDA && used == Backend.CPU) {
            message = "CUDA requested but not usable here (this build has no nd4j-cuda backend or no GPU was found:"
                    + " build with -Dcuda and install CUDA 11.6); running on CPU";
            LOG.warn(message);
        } else if (requested == Backend.CPU && used == Backend.CUDA) {
            message = "this build only has the CUDA backend";
        }
        String blas = "";
        try {
            blas = String.valueOf(Nd4j.factory().blas().getBlasVendor());
        } catch (RuntimeException e) {
            LOG.debug("no BLAS vendor reported", e);
        }
        if (threads > 0 && used == Backend.CPU) {
            // Both pools: libnd4j's OpenMP threads (element-wise ops) and OpenBLAS's (GEMM). On small minibatches
            // more threads than the work needs mostly spin, which costs up to 3x on a busy 2-core machine.
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
        }
        int usedThreads = threads > 0 && used == Backend.CPU ? threads : Nd4j.getEnvironment().maxMasterThreads();
        String device = used == Backend.CPU ? "CPU, " + Runtime.getRuntime().availableProcessors() + " cores"
                : deviceName();
        return new BackendInfo(requested, used, backendClass, blas, usedThreads, device, message);
    }

    private static String deviceName() {
        Object devices = Nd4j.getExecutioner().getEnvironmentInformation().get("cuda.devicesInformation");
        return devices == null ? "GPU" : "GPU " + devices;
    }
}

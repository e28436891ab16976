// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.Locale;

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
 * with a message saying so. Before ND4J loads, the natives variant on the class path is selected
 * ({@link NativeBuild}) and DL4J's layer helpers are allowed ({@link Dl4jHelpers}).
 */
final class BackendProbe {
    private static final Logger LOG = LoggerFactory.getLogger(BackendProbe.class);
    static final String CUDA_NEEDS = "--backend cuda needs a build with -Dcuda -DcudaNatives (nd4j-cuda-11.6), the CUDA"
            + " 11.6 runtime with cuDNN 8.x and NVIDIA driver >= 510 on the host, and a GPU that CUDA 11.6 supports";

    private BackendProbe() {
    }

    static BackendInfo start(Backend requested, int threads, Dl4jTrainingEngine.Kind kind) {
        String natives = NativeBuild.select();
        Dl4jHelpers.allow();
        String backendClass;
        try {
            backendClass = Nd4j.getBackend().getClass().getName();
        } catch (Throwable e) { // native load failures are Errors (UnsatisfiedLinkError), not exceptions
            throw new JobFailed("the ND4J backend could not start (" + e + ")"
                    + (requested == Backend.CUDA || isCudaBuild() ? "; " + CUDA_NEEDS : ""), e);
        }
        Backend used = backendClass.toLowerCase(Locale.ROOT).contains("cuda") ? Backend.CUDA : Backend.CPU;
        String message = "";
        if (requested == Backend.CUDA && used == Backend.CPU) {
            message = "CUDA requested but not usable here: this build has the CPU backend only (" + CUDA_NEEDS
                    + "); running on CPU";
            LOG.warn(message);
        } else if (requested == Backend.CPU && used == Backend.CUDA) {
            message = "this build only has the CUDA backend";
        }
        if (threads > 0 && used == Backend.CPU) {
            // Both pools: libnd4j's OpenMP threads (element-wise ops, oneDNN) and OpenBLAS's (GEMM). On small
            // minibatches more threads than the work needs mostly spin, which costs up to 3x on a busy 2-core machine.
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
        }
        int usedThreads = threads > 0 && used == Backend.CPU ? threads : Nd4j.getEnvironment().maxMasterThreads();
        String device = used == Backend.CPU ? "CPU, " + Runtime.getRuntime().availableProcessors() + " cores"
                : deviceName();
        return new BackendInfo(requested, used, backendClass, blasVendor(), usedThreads, device,
                engine(kind, used, natives), message);
    }

    private static boolean isCudaBuild() {
        return NativeBuild.class.getClassLoader().getResource("org/nd4j/linalg/jcublas/JCublasBackend.class") != null;
    }

    private static String blasVendor() {
        try {
            return String.valueOf(Nd4j.factory().blas().getBlasVendor());
        } catch (RuntimeException e) {
            LOG.debug("no BLAS vendor reported", e);
            return "";
        }
    }

    /** E.g. "engine libnd4j ops, natives -onednn, oneDNN kernels on". */
    private static String engine(Dl4jTrainingEngine.Kind kind, Backend used, String natives) {
        String kernels;
        if (used == Backend.CUDA) {
            kernels = natives.contains("cudnn") ? "cuDNN kernels" : "CUDA kernels (natives without cuDNN)";
        } else if (kind == Dl4jTrainingEngine.Kind.NETWORK) {
            kernels = "DL4J oneDNN helpers " + (Dl4jHelpers.oneDnnInUse() ? "on" : "off");
        } else {
            kernels = "oneDNN kernels " + (org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN() ? "on" : "off");
        }
        return "engine " + kind.id() + ", natives " + (natives.isEmpty() ? "plain" : natives) + ", " + kernels;
    }

    private static String deviceName() {
        Object devices = Nd4j.getExecutioner().getEnvironmentInformation().get("cuda.devicesInformation");
        return devices == null ? "GPU" : "GPU " + devices;
    }
}

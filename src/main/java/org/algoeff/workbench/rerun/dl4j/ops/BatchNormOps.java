// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/**
 * Batch normalisation over the channel axis (axis 1) of NCHW or [examples, features] activations, with DL4J's
 * defaults: epsilon 1e-5, running statistics kept with decay 0.9 and used for evaluation, scale 1 and shift 0 at
 * the start (Ioffe &amp; Szegedy 2015). The running statistics start at mean 0 and variance 1 and are an exponential
 * average, so after t minibatches a weight 0.9^t still sits on those starting values (0.66 after 4 minibatches, 0.43
 * after 8): evaluating with them, as DL4J does, put sepconv-2019 at chance for its first ~1,000 examples while its
 * training loss fell. Evaluation therefore uses the debiased averages (as Adam debiases its moments, Kingma &amp; Ba
 * 2015): mean = m_t / (1 - 0.9^t), variance = (v_t - 0.9^t) / (1 - 0.9^t), which are the decay-weighted averages of
 * the minibatch statistics alone. Written as streaming passes over the activations viewed as
 * [examples x channels, height x width]: per-channel sums are {@link ChannelSums}, the
 * per-channel affine maps are broadcasts of a column vector, and the per-channel arithmetic (C numbers) is done in
 * Java: libnd4j's {@code moments}, {@code batchnorm} and {@code batchnorm_bp} ops took 1.7-4.6x longer on NCHW
 * activations of 32-64 x 16 x 28 x 28. On [examples, features] (one value per channel and example) those ops are
 * 3-5x faster than the passes, so that case uses them.
 *
 * <p>Backward, with xhat = (x - mean) / std, a = gamma / std and N = examples x height x width:
 * dbeta = sum dy, dgamma = sum dy xhat, dx = a dy - (a dgamma / (N std)) x + (a / N)(dgamma mean / std - dbeta).
 */
final class BatchNormOps implements OpsLayer {
    private static final double EPSILON = 1e-5;
    private static final double DECAY = 0.9;
    private static final int[] FEATURE_AXES = {0};
    private static final int[] SCALE_SHIFT_AXIS_1 = {1, 1, 1}; // apply scale, apply shift, channel axis 1

    private final int channels;
    private final Param scale;
    private final Param shift;
    private final float[] runningMean;
    private final float[] runningVariance;
    private final Buffers buffers = new Buffers();
    private final ChannelSums sums = new ChannelSums();
    private int updates;
    private INDArray input;
    private double[] mean;
    private double[] invStd;

    BatchNormOps(Parameters params, int channels) {
        this.channels = channels;
        this.scale = params.constant(1, channels);
        this.shift = params.constant(0, channels);
        runningMean = new float[channels];
        runningVariance = new float[channels];
        java.util.Arrays.fill(runningVariance, 1f);
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        input = in;
        if (in.rank() == 2) {
            return forwardFeatures(in, training);
        }
        long n = in.size(0);
        long spatial = in.length() / (n * channels);
        INDArray x = in.reshape('c', n * channels, spatial);
        mean = new double[channels];
        invStd = new double[channels];
        if (training) {
            double[] sum = sums.toJava(in, channels);
            double[] sumSquares = sums.toJava(in.mul(in, buffers.get(2, in.shape())), channels);
            double count = (double) n * spatial;
            for (int c = 0; c < channels; c++) {
                mean[c] = sum[c] / count;
                double variance = Math.max(0, sumSquares[c] / count - mean[c] * mean[c]);
                invStd[c] = 1 / Math.sqrt(variance + EPSILON);
                runningMean[c] = (float) (DECAY * runningMean[c] + (1 - DECAY) * mean[c]);
                runningVariance[c] = (float) (DECAY * runningVariance[c] + (1 - DECAY) * variance);
            }
            updates++;
        } else {
            float[] m = debiasedMean();
            float[] v = debiasedVariance();
            for (int c = 0; c < channels; c++) {
                mean[c] = m[c];
                invStd[c] = 1 / Math.sqrt(v[c] + EPSILON);
            }
        }
        float[] gamma = copy(scale.value(), 40);
        float[] beta = copy(shift.value(), 41);
        double[] a = new double[channels];
        double[] b = new double[channels];
        for (int c = 0; c < channels; c++) {
            a[c] = gamma[c] * invStd[c];
            b[c] = beta[c] - mean[c] * a[c];
        }
        INDArray out = buffers.get(0, in.shape());
        affine(x, a, b, out.reshape('c', n * channels, spatial), n);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        if (input.rank() == 2) {
            return backwardFeatures(gradOut);
        }
        long n = input.size(0);
        long spatial = input.length() / (n * channels);
        INDArray x = input.reshape('c', n * channels, spatial);
        INDArray dy = gradOut.reshape('c', n * channels, spatial);
        double[] dBeta = sums.toJava(gradOut, channels);
        double[] sumDyX = sums.toJava(gradOut.mul(input, buffers.get(2, input.shape())), channels);
        float[] gamma = copy(scale.value(), 40);
        double count = (double) n * spatial;
        float[] gGamma = new float[channels];
        float[] gBeta = new float[channels];
        double[] kDy = new double[channels];
        double[] kX = new double[channels];
        double[] k0 = new double[channels];
        for (int c = 0; c < channels; c++) {
            double dGamma = invStd[c] * (sumDyX[c] - mean[c] * dBeta[c]);
            double a = gamma[c] * invStd[c];
            gGamma[c] = (float) dGamma;
            gBeta[c] = (float) dBeta[c];
            kDy[c] = a;
            kX[c] = -a * dGamma * invStd[c] / count;
            k0[c] = a / count * (dGamma * mean[c] * invStd[c] - dBeta[c]);
        }
        scale.grad().assign(Nd4j.create(gGamma));
        shift.grad().assign(Nd4j.create(gBeta));
        INDArray gradIn = buffers.get(1, input.shape());
        INDArray dx = gradIn.reshape('c', n * channels, spatial);
        affine(x, kX, k0, dx, n);
        INDArray scaledDy = buffers.get(3, n * channels, spatial);
        Nd4j.exec(new BroadcastMulOp(dy, tiled(kDy, n), scaledDy, 0));
        dx.addi(scaledDy);
        return gradIn;
    }

    /** [examples, features]: libnd4j's moments and batchnorm ops, running statistics kept in Java as above. */
    private INDArray forwardFeatures(INDArray in, boolean training) {
        INDArray out = buffers.get(0, in.shape());
        INDArray mean = buffers.get(50, 1, channels).reshape(channels);
        INDArray variance = buffers.get(51, 1, channels).reshape(channels);
        if (training) {
            NativeOp.exec("moments", of(in), of(mean, variance), FEATURE_AXES);
            float[] m = NativeOp.floats(mean);
            float[] v = NativeOp.floats(variance);
            for (int c = 0; c < channels; c++) {
                runningMean[c] = (float) (DECAY * runningMean[c] + (1 - DECAY) * m[c]);
                runningVariance[c] = (float) (DECAY * runningVariance[c] + (1 - DECAY) * v[c]);
            }
            updates++;
        } else {
            mean.assign(Nd4j.create(debiasedMean()));
            variance.assign(Nd4j.create(debiasedVariance()));
        }
        NativeOp.exec("batchnorm", of(in, mean, variance, scale.value(), shift.value()), of(out), SCALE_SHIFT_AXIS_1,
                EPSILON);
        return out;
    }

    /** The running mean without the weight still on its starting value 0; the start itself before any update. */
    float[] debiasedMean() {
        double kept = Math.pow(DECAY, updates);
        float[] m = new float[channels];
        for (int c = 0; c < channels; c++) {
            m[c] = updates == 0 ? runningMean[c] : (float) (runningMean[c] / (1 - kept));
        }
        return m;
    }

    /** The running variance without the weight still on its starting value 1; the start itself before any update. */
    float[] debiasedVariance() {
        double kept = Math.pow(DECAY, updates);
        float[] v = new float[channels];
        for (int c = 0; c < channels; c++) {
            v[c] = updates == 0 ? runningVariance[c] : (float) Math.max(0, (runningVariance[c] - kept) / (1 - kept));
        }
        return v;
    }

    /** libnd4j's batchnorm_bp, which differentiates through the batch statistics as training mode needs. */
    private INDArray backwardFeatures(INDArray gradOut) {
        INDArray gradIn = buffers.get(1, input.shape());
        INDArray mean = buffers.get(50, 1, channels).reshape(channels);
        INDArray variance = buffers.get(51, 1, channels).reshape(channels);
        INDArray gradMean = buffers.get(52, 1, channels).reshape(channels);
        INDArray gradVariance = buffers.get(53, 1, channels).reshape(channels);
        NativeOp.exec("batchnorm_bp", of(input, mean, variance, scale.value(), shift.value(), gradOut),
                of(gradIn, gradMean, gradVariance, scale.grad(), shift.grad()), SCALE_SHIFT_AXIS_1, EPSILON);
        return gradIn;
    }

    /** A parameter view's values: copied into an own buffer first, since a view's data() is the whole vector. */
    private float[] copy(INDArray view, int slot) {
        INDArray own = buffers.get(slot, view.shape());
        own.assign(view);
        return NativeOp.floats(own);
    }

    /** out = x * a[c] + b[c] row by row, each row one (example, channel). */
    private void affine(INDArray x, double[] a, double[] b, INDArray out, long n) {
        Nd4j.exec(new BroadcastMulOp(x, tiled(a, n), out, 0));
        Nd4j.exec(new BroadcastAddOp(out, tiled(b, n), out, 0));
    }

    /** The per-channel values repeated for each example: a column of n x channels. */
    private INDArray tiled(double[] perChannel, long n) {
        float[] t = new float[(int) n * channels];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels; c++) {
                t[i * channels + c] = (float) perChannel[c];
            }
        }
        return Nd4j.create(t, new long[] {n * channels, 1}, 'c'); // a column: as a rank-1 vector the broadcast ran 8x slower
    }
}

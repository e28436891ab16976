// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.rerun.Activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every layer of the ops engine back-propagates what finite differences of its forward pass say: for a loss
 * L = sum(out x R) with a fixed random R, the analytic gradients of the input and of every parameter match
 * (L(v + eps) - L(v - eps)) / 2 eps at sampled coordinates. Float32 activations, so eps = 1e-2 and a tolerance of
 * 2 % of the gradient's scale; inputs are kept away from ReLU's kink.
 */
class OpsGradientCheckTest {
    private static final double EPS = 1e-2;
    private static final int SAMPLES = 12;

    @BeforeAll
    static void seed() {
        Nd4j.getRandom().setSeed(7);
    }

    /** A layer under test, its parameters and a fresh input. */
    private record Case(String name, OpsLayer layer, Parameters params, long... inputShape) {
    }

    private static Case withParams(String name, Function<Parameters, OpsLayer> build, long... shape) {
        Parameters p = new Parameters();
        OpsLayer layer = build.apply(p);
        p.allocate();
        // Non-zero biases, scales and shifts so that their gradients are exercised away from the start values.
        p.values().addi(Nd4j.randn(DataType.FLOAT, p.count()).muli(0.3));
        return new Case(name, layer, p, shape);
    }

    private static Case withoutParams(String name, OpsLayer layer, long... shape) {
        return new Case(name, layer, null, shape);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(withParams("dense 12->5 from 4-D", p -> new DenseOps(p, 12, 5, 0.5, true), 3, 3, 2, 2));
        c.add(withParams("conv 3x3 pad 1, 2->4", p -> new ConvOps(p, new ConvOps.Geometry(3, 1, 1, 2, 6, 6), 4, 0, 0.4,
                true), 2, 2, 6, 6));
        c.add(withParams("conv 5x5 pad 2, 1->3 (LeNet's first)", p -> new ConvOps(p, new ConvOps.Geometry(5, 1, 2, 1, 7,
                7), 3, 0, 0.3, true), 2, 1, 7, 7));
        c.add(withParams("first-layer conv 5x5 pad 2, 1->3 (weight gradient by correlation)", p -> new ConvOps(p,
                new ConvOps.Geometry(5, 1, 2, 1, 7, 7), 3, 0, 0.3, false), 3, 1, 7, 7));
        c.add(withParams("first-layer conv 3x3 pad 1, 1->4 (weight gradient by correlation)", p -> new ConvOps(p,
                new ConvOps.Geometry(3, 1, 1, 1, 6, 5), 4, 0, 0.3, false), 2, 1, 6, 5));
        c.add(withParams("depthwise 3x3 stride 2 pad 1, x2", p -> new ConvOps(p, new ConvOps.Geometry(3, 2, 1, 3, 7, 7), 0,
                2, 0.4, true), 2, 3, 7, 7));
        c.add(withParams("batch norm NCHW", p -> new BatchNormOps(p, 3), 4, 3, 3, 3));
        c.add(withParams("batch norm [examples, features]", p -> new BatchNormOps(p, 5), 6, 5));
        c.add(withoutParams("max pool 2x2", new PoolOps(true, 2, 2, 2, 6, 6), 2, 2, 6, 6));
        c.add(withoutParams("average pool 2x2", new PoolOps(false, 2, 2, 2, 6, 6), 2, 2, 6, 6));
        c.add(withoutParams("sigmoid", new ActivationOps(Activation.SIGMOID), 3, 7));
        c.add(withoutParams("tanh", new ActivationOps(Activation.TANH), 2, 2, 3, 3));
        c.add(withoutParams("relu", new ActivationOps(Activation.RELU), 2, 2, 3, 3));
        c.add(withoutParams("global average pool", new GlobalAvgPoolOps(), 2, 3, 4, 4));
        return c;
    }

    @Test
    void everyLayersBackwardMatchesFiniteDifferences() {
        for (Case c : cases()) {
            check(c);
        }
    }

    private static INDArray awayFromZero(long... shape) {
        INDArray x = Nd4j.randn(DataType.FLOAT, shape);
        float[] v = x.data().asFloat();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.copySign(Math.abs(v[i]) + 0.1f, v[i]);
        }
        return Nd4j.create(v, shape, 'c');
    }

    private static double loss(OpsLayer layer, INDArray in, float[] r) {
        float[] out = layer.forward(in, true).dup().data().asFloat();
        double s = 0;
        for (int i = 0; i < out.length; i++) {
            s += out[i] * (double) r[i];
        }
        return s;
    }

    private static void check(Case c) {
        INDArray in = awayFromZero(c.inputShape());
        INDArray out = c.layer().forward(in, true);
        INDArray rArray = Nd4j.randn(DataType.FLOAT, out.shape());
        float[] r = rArray.data().asFloat();
        if (c.params() != null) {
            c.params().grads().assign(0);
        }
        INDArray gradIn = c.layer().backward(rArray);
        INDArray gradParams = c.params() == null ? null : c.params().grads().dup();
        if (gradIn != null) { // a first layer returns none
            compare(c.name() + " input", in, gradIn.dup(), () -> loss(c.layer(), in, r));
        }
        if (c.params() != null) {
            compare(c.name() + " parameters", c.params().values(), gradParams, () -> loss(c.layer(), in, r));
        }
    }

    private static void compare(String what, INDArray values, INDArray analytic, java.util.function.DoubleSupplier loss) {
        float[] a = analytic.dup().data().asFloat();
        double scale = 0;
        for (float v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertTrue(scale > 0, what + ": gradient is all zero");
        INDArray flat = values.reshape(values.length());
        Random random = new Random(values.length());
        for (int k = 0; k < SAMPLES; k++) {
            int i = random.nextInt((int) values.length());
            float v = flat.getFloat(i);
            flat.putScalar(i, v + EPS);
            double plus = loss.getAsDouble();
            flat.putScalar(i, v - EPS);
            double minus = loss.getAsDouble();
            flat.putScalar(i, v);
            double numeric = (plus - minus) / (2 * EPS);
            assertEquals(numeric, a[i], 0.02 * scale + 1e-3, what + " coordinate " + i);
        }
    }

    @Test
    void dropoutScalesKeptActivationsAndRoutesGradientsThroughTheSameMask() {
        DropoutOps dropout = new DropoutOps(0.5, 3);
        INDArray x = Nd4j.ones(DataType.FLOAT, 200, 50);
        float[] y = dropout.forward(x, true).dup().data().asFloat();
        int kept = 0;
        for (float v : y) {
            assertTrue(v == 0f || v == 2f, "kept activations are scaled by 1/keep: " + v);
            kept += v == 2f ? 1 : 0;
        }
        assertEquals(0.5, kept / 10_000.0, 0.03, "about half are kept");
        float[] g = dropout.backward(Nd4j.ones(DataType.FLOAT, 200, 50)).dup().data().asFloat();
        for (int i = 0; i < g.length; i++) {
            assertEquals(y[i], g[i], "the gradient goes through exactly the kept units");
        }
        assertEquals(x, dropout.forward(x, false), "evaluation passes activations through");
    }

    @Test
    void firstLayerReturnsNoInputGradient() {
        Parameters p = new Parameters();
        DenseOps dense = new DenseOps(p, 4, 3, 0.5, false);
        p.allocate();
        dense.forward(Nd4j.rand(DataType.FLOAT, 2, 4), true);
        assertNull(dense.backward(Nd4j.ones(DataType.FLOAT, 2, 3)));
    }

    @Test
    void parameterViewsWriteIntoTheFlatVectors() {
        Parameters p = new Parameters();
        Param bias = p.constant(0, 3);
        Param weight = p.weight(1, 2, 2);
        p.allocate();
        assertEquals(4, p.weightCount(), "weights come first");
        bias.grad().assign(5);
        weight.value().assign(2);
        assertEquals(15.0, p.grads().sumNumber().doubleValue(), 1e-6);
        assertEquals(8.0, p.values().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 4)).sumNumber().doubleValue(),
                1e-6);
    }

    @Test
    void softmaxCrossEntropyGradientMatchesFiniteDifferences() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        INDArray logits = Nd4j.randn(DataType.FLOAT, 4, 5);
        float[] labels = new float[20];
        for (int i = 0; i < 4; i++) {
            labels[i * 5 + i] = 1;
        }
        float[] g = loss.gradient(logits, labels).data().asFloat();
        double base = loss.loss();
        assertTrue(base > 0);
        float[] z = logits.data().asFloat();
        for (int i = 0; i < z.length; i++) {
            float[] plus = z.clone();
            plus[i] += 1e-3f;
            loss.gradient(Nd4j.create(plus, new long[] {4, 5}, 'c'), labels);
            double up = loss.loss();
            float[] minus = z.clone();
            minus[i] -= 1e-3f;
            loss.gradient(Nd4j.create(minus, new long[] {4, 5}, 'c'), labels);
            assertEquals((up - loss.loss()) / 2e-3, g[i], 2e-3, "logit " + i);
        }
    }

    @Test
    void sigmoidSquaredErrorGradientMatchesFiniteDifferences() {
        SigmoidSquaredError loss = new SigmoidSquaredError();
        INDArray logits = Nd4j.randn(DataType.FLOAT, 4, 5);
        float[] labels = new float[20];
        for (int i = 0; i < 4; i++) {
            labels[i * 5 + i] = 1;
        }
        float[] g = loss.gradient(logits, labels).data().asFloat();
        assertTrue(loss.loss() > 0);
        float[] z = logits.data().asFloat();
        for (int i = 0; i < z.length; i++) {
            float[] plus = z.clone();
            plus[i] += 1e-3f;
            loss.gradient(Nd4j.create(plus, new long[] {4, 5}, 'c'), labels);
            double up = loss.loss();
            float[] minus = z.clone();
            minus[i] -= 1e-3f;
            loss.gradient(Nd4j.create(minus, new long[] {4, 5}, 'c'), labels);
            assertEquals((up - loss.loss()) / 2e-3, g[i], 1e-3, "logit " + i);
        }
    }
}

package org.ganlab.engine.loss;

/**
 * The standard GAN loss with binary cross-entropy on logits. G maximises log D(G(z)) instead of
 * minimising log(1 - D(G(z))), which keeps its gradient strong while D still wins easily.
 */
public final class NonSaturatingLoss implements GanLoss {

    @Override
    public double discriminatorReal(float[] logits, float[] grad, double realTarget) {
        return Logits.binaryCrossEntropy(logits, grad, realTarget);
    }

    @Override
    public double discriminatorFake(float[] logits, float[] grad) {
        return Logits.binaryCrossEntropy(logits, grad, 0);
    }

    @Override
    public double generator(float[] logits, float[] grad) {
        return Logits.binaryCrossEntropy(logits, grad, 1);
    }
}

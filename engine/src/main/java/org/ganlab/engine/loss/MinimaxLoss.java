package org.ganlab.engine.loss;

/**
 * The original minimax objective: G minimises log(1 - D(G(z))) = -softplus(logit). Its gradient
 * vanishes when D confidently rejects the fakes, which is why training starts slowly: worth
 * showing students beside the non-saturating form.
 */
public final class MinimaxLoss implements GanLoss {

    private final NonSaturatingLoss discriminator = new NonSaturatingLoss();

    @Override
    public double discriminatorReal(float[] logits, float[] grad, double realTarget) {
        return discriminator.discriminatorReal(logits, grad, realTarget);
    }

    @Override
    public double discriminatorFake(float[] logits, float[] grad) {
        return discriminator.discriminatorFake(logits, grad);
    }

    @Override
    public double generator(float[] logits, float[] grad) {
        int n = logits.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum -= Logits.softplus(logits[i]);
            grad[i] = (float) (-Logits.sigmoid(logits[i]) / n);
        }
        return sum / n;
    }
}

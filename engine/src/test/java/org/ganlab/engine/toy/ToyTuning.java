package org.ganlab.engine.toy;

import org.ganlab.engine.Backend;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.TrainingConfig;

/** Scratch harness (not a test): coverage over iterations per loss. */
public class ToyTuning {
    public static void main(String[] args) throws Exception {
        Backend.initialize();
        ToyDistribution ring = ToyDistribution.named("ring8");
        final double B1 = Double.parseDouble(args.length > 4 ? args[4] : "0.5");
        for (String loss : args[0].split(",")) {
            double lr = Double.parseDouble(args[1]);
            int latent = Integer.parseInt(args[2]);
            int dSteps = loss.startsWith("wgan") ? 5 : 1;
            TrainingConfig c = TrainingConfig.defaults().withModel("mlp2d").withDataset("ring8").withLoss(loss)
                    .withBatchSize(256).withLatentSize(latent).withLearningRateG(lr).withLearningRateD(lr)
                    .withDStepsPerGStep(dSteps).edit(b -> { b.beta1G = B1; b.beta2G = 0.9; b.beta1D = B1; b.beta2D = 0.9; });
            GanTrainer t = new GanTrainer(c, ring);
            long start = System.nanoTime();
            StringBuilder line = new StringBuilder(loss + " lr=" + lr + " z=" + latent + " b1=" + B1 + ":");
            for (int i = 1; i <= Integer.parseInt(args.length > 3 ? args[3] : "8000"); i++) {
                t.step();
                if (i % 1000 == 0) {
                    float[] pts = t.generate(Noise.gaussian(99, 2000, latent), 2000).values();
                    ModeCoverage m = ModeCoverage.measure(ring, pts);
                    line.append(String.format(" %d:%d/%.2f", i, m.modesCovered(), m.kl()));
                }
            }
            line.append(String.format("  (%.2f ms/it)", (System.nanoTime() - start) / 1e6 / Integer.parseInt(args.length > 3 ? args[3] : "8000")));
            System.out.println(line);
        }
    }
}

package org.ganlab.engine.model;

/**
 * What a model is built for.
 *
 * @param name        the model's name, e.g. {@code mlp}, {@code cgan}
 * @param latentSize  length of the noise vector z
 * @param image       shape of one generated example
 * @param classCount  classes in the data (conditional models need at least 2)
 * @param hiddenUnits hidden width for models that let it change; 0 = the model's default
 * @param plainCritic build D without BatchNorm: the gradient penalty needs a critic whose input
 *                    gradient is per example (Gulrajani et al. drop BatchNorm for that reason)
 * @param seed        seeds the initial weights
 * @param init        how the weights start: PyTorch's layer defaults or the DCGAN paper's N(0, 0.02)
 */
public record ModelSpec(String name, int latentSize, ImageShape image, int classCount, int hiddenUnits,
                        boolean plainCritic, long seed, org.ganlab.engine.nn.WeightInit init) {

    /** A spec with PyTorch's default initialisation. */
    public ModelSpec(String name, int latentSize, ImageShape image, int classCount, int hiddenUnits,
                     boolean plainCritic, long seed) {
        this(name, latentSize, image, classCount, hiddenUnits, plainCritic, seed, org.ganlab.engine.nn.WeightInit.PYTORCH);
    }
}

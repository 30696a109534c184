package org.ganlab.engine.model;

/**
 * The DCGAN of {@link DcGan64} with one block fewer on each side, for 32×32 images grey or colour
 * (channels from the data): G z→dense 256·4·4→BN→ReLU, then 4×4/2 up-sampling 256→128→64→C
 * (8, 16, 32 pixels), tanh out; D 4×4/2 convolutions C→64→128→256 (16, 8, 4 pixels) with
 * LeakyReLU 0.2 and BN after all but the first, then a dense layer to one logit.
 */
public final class DcGan32 {

    private DcGan32() {
    }

    public static GanModel build(ModelSpec spec) {
        return DcGan64.build("dcgan32", spec, 32);
    }
}

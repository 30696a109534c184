package org.ganlab.engine.nn;

import java.util.List;

/**
 * How a network's parameters start, named as the config's {@code init} field spells it.
 *
 * <ul>
 *   <li>{@link #PYTORCH}: PyTorch's layer defaults, U(−1/√fan-in, 1/√fan-in) for weights and biases,
 *       BatchNorm scale 1.</li>
 *   <li>{@link #DCGAN}: Radford et al.'s DCGAN paper, N(0, 0.02) for dense and convolution weights,
 *       N(1, 0.02) for BatchNorm scales, biases 0 (the PyTorch DCGAN example's {@code weights_init}).</li>
 * </ul>
 */
public enum WeightInit {
    PYTORCH("pytorch"), DCGAN("dcgan");

    /** Standard deviation of the DCGAN paper's weights and BatchNorm scales. */
    public static final double DCGAN_STD = 0.02;

    /** The names a config accepts. */
    public static final List<String> NAMES = List.of("pytorch", "dcgan");

    private final String configName;

    WeightInit(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** @throws IllegalArgumentException naming the known schemes */
    public static WeightInit named(String name) {
        for (WeightInit w : values()) {
            if (w.configName.equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown init '" + name + "'; choose one of " + String.join(", ", NAMES));
    }
}

package org.ganlab.engine.model;

/** How a model uses class labels. */
public enum Conditioning {
    /** Unconditional: labels are ignored. */
    NONE,
    /** Conditional GAN: a one-hot label is appended to G's noise and to D's input. */
    INPUT,
    /** Auxiliary-classifier GAN: the label goes into G; D also predicts the class. */
    AUXILIARY
}

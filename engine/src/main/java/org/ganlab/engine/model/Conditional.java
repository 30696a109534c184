package org.ganlab.engine.model;

/** Checks shared by the class-conditional models. */
final class Conditional {

    private Conditional() {
    }

    static int requireClasses(ModelSpec spec) {
        if (spec.classCount() < 2) {
            throw new IllegalArgumentException(spec.name() + " needs labelled data with at least two classes");
        }
        return spec.classCount();
    }
}

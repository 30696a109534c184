package org.ganlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/** Runs libnd4j's custom ops by name (oneDNN-backed where the native build has it). */
final class NativeOps {

    private NativeOps() {
    }

    static void exec(String name, INDArray[] inputs, INDArray[] outputs, int[] intArgs, double... floatArgs) {
        DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder(name)
                .addInputs(inputs)
                .addOutputs(outputs);
        if (intArgs.length > 0) {
            op.addIntegerArguments(intArgs);
        }
        if (floatArgs.length > 0) {
            op.addFloatingPointArguments(toBoxed(floatArgs));
        }
        Nd4j.exec(op.build());
    }

    static INDArray[] in(INDArray... arrays) {
        return arrays;
    }

    static INDArray[] out(INDArray... arrays) {
        return arrays;
    }

    private static Double[] toBoxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    static int[] none() {
        return new int[0];
    }
}

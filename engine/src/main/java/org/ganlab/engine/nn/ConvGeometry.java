package org.ganlab.engine.nn;

/**
 * The shape arithmetic of a square-kernel convolution or its transpose, NCHW.
 *
 * @param inChannels  channels in
 * @param inSize      height = width of the input
 * @param outChannels channels out
 * @param kernel      kernel height = width
 * @param stride      step between kernel positions
 * @param padding     zero padding on each side
 * @param transposed  true for a transposed convolution ("deconvolution"), which up-samples
 */
public record ConvGeometry(int inChannels, int inSize, int outChannels, int kernel, int stride,
                           int padding, boolean transposed) {

    public ConvGeometry {
        if (outSize(inSize, kernel, stride, padding, transposed) <= 0) {
            throw new IllegalArgumentException("a " + kernel + "x" + kernel + " kernel with stride "
                    + stride + " and padding " + padding + " does not fit an input of " + inSize);
        }
    }

    public int outSize() {
        return outSize(inSize, kernel, stride, padding, transposed);
    }

    private static int outSize(int in, int k, int s, int p, boolean transposed) {
        return transposed ? (in - 1) * s + k - 2 * p : (in + 2 * p - k) / s + 1;
    }

    /**
     * True when the transposed operation maps the output size back to exactly the input size.
     * A strided convolution that drops input rows (kernel 3, stride 2, padding 1 on 28 gives 14,
     * which maps back to 27) is not inverted in shape by its transpose, so its input gradient
     * needs the full backward op.
     */
    public boolean invertible() {
        return outSize(outSize(), kernel, stride, padding, !transposed) == inSize;
    }

    public int[] inputShape() {
        return new int[] {inChannels, inSize, inSize};
    }

    public int[] outputShape() {
        return new int[] {outChannels, outSize(), outSize()};
    }

    public int weightCount() {
        return kernel * kernel * inChannels * outChannels;
    }

    /** libnd4j's integer arguments: kH, kW, sH, sW, pH, pW, dH, dW, same-mode, NCHW, weight format. */
    int[] intArgs() {
        return new int[] {kernel, kernel, stride, stride, padding, padding, 1, 1, 0, 0, 0};
    }
}

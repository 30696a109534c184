package org.ganlab.engine.metrics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet distance between two Gaussians fitted to feature sets (the formula behind FID,
 * Heusel et al. 2017): {@code |μ1 - μ2|² + Tr(C1) + Tr(C2) - 2 Tr((C1 C2)^½)}. Zero for identical
 * statistics; in squared feature units.
 *
 * <p>{@code Tr((C1 C2)^½)} is computed as {@code Tr((√C1 · C2 · √C1)^½)}: the two matrices have the
 * same eigenvalues, and the second is symmetric positive semi-definite, so both square roots come
 * from symmetric eigendecompositions (commons-math3) and stay real. Tiny negative eigenvalues from
 * rounding are clamped to zero.
 */
public final class FrechetDistance {

    private FrechetDistance() {
    }

    public static double between(FeatureStatistics a, FeatureStatistics b) {
        int d = a.mean().length;
        if (b.mean().length != d) {
            throw new IllegalArgumentException("feature lengths differ: " + d + " and " + b.mean().length);
        }
        double meanTerm = 0;
        for (int j = 0; j < d; j++) {
            double diff = a.mean()[j] - b.mean()[j];
            meanTerm += diff * diff;
        }
        RealMatrix c1 = new Array2DRowRealMatrix(a.covariance(), false);
        RealMatrix c2 = new Array2DRowRealMatrix(b.covariance(), false);
        RealMatrix root1 = symmetricSqrt(c1);
        RealMatrix inner = root1.multiply(c2).multiply(root1);
        double traceOfRoot = 0;
        for (double lambda : new EigenDecomposition(symmetrised(inner)).getRealEigenvalues()) {
            traceOfRoot += Math.sqrt(Math.max(0, lambda));
        }
        return Math.max(0, meanTerm + c1.getTrace() + c2.getTrace() - 2 * traceOfRoot);
    }

    /** The symmetric square root V·diag(√λ)·Vᵀ of a symmetric positive semi-definite matrix. */
    static RealMatrix symmetricSqrt(RealMatrix m) {
        EigenDecomposition e = new EigenDecomposition(symmetrised(m));
        double[] lambda = e.getRealEigenvalues();
        RealMatrix v = e.getV();
        int d = lambda.length;
        double[][] scaled = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                scaled[i][k] = v.getEntry(i, k) * Math.sqrt(Math.max(0, lambda[k]));
            }
        }
        return new Array2DRowRealMatrix(scaled, false).multiply(v.transpose());
    }

    /** (M + Mᵀ)/2: removes the rounding asymmetry that would make EigenDecomposition use its general path. */
    private static RealMatrix symmetrised(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}

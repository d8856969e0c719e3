package org.ionmat.analysis.elastic;

import java.util.Locale;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.ionmat.core.InvalidInputException;

/**
 * Elastic stiffness tensor C_ij in Voigt notation (6×6, GPa; order xx, yy, zz, yz, xz, xy, with
 * engineering shear strains), immutable, with its compliance S = C⁻¹ and the Voigt, Reuss and Hill
 * averages of the bulk and shear moduli:
 * <ul>
 * <li>B_V = [(C11+C22+C33) + 2(C12+C23+C31)]/9, G_V = [(C11+C22+C33) − (C12+C23+C31) + 3(C44+C55+C66)]/15</li>
 * <li>B_R = 1/[(S11+S22+S33) + 2(S12+S23+S31)], G_R = 15/[4(S11+S22+S33) − 4(S12+S23+S31) + 3(S44+S55+S66)]</li>
 * <li>B_H = (B_V + B_R)/2, G_H = (G_V + G_R)/2</li>
 * </ul>
 * (Hill 1952; as listed in seed paper 001, section 2.6.)
 */
public final class ElasticTensor {

    private final double[][] c;

    private ElasticTensor(double[][] c) {
        this.c = c;
    }

    /**
     * A tensor from a 6×6 matrix in GPa (copied; symmetrized as (C + Cᵀ)/2).
     *
     * @throws InvalidInputException if the matrix is not 6×6 or has non-finite entries
     */
    public static ElasticTensor of(double[][] voigtGpa) {
        if (voigtGpa.length != 6) {
            throw new InvalidInputException("an elastic tensor needs 6x6 components, got " + voigtGpa.length + " rows");
        }
        double[][] s = new double[6][6];
        for (int i = 0; i < 6; i++) {
            if (voigtGpa[i].length != 6) {
                throw new InvalidInputException("an elastic tensor needs 6x6 components; row " + (i + 1) + " has " + voigtGpa[i].length);
            }
            for (int j = 0; j < 6; j++) {
                if (!Double.isFinite(voigtGpa[i][j]) || !Double.isFinite(voigtGpa[j][i])) {
                    throw new InvalidInputException("elastic constant C" + (i + 1) + (j + 1) + " is not a finite number");
                }
                s[i][j] = 0.5 * (voigtGpa[i][j] + voigtGpa[j][i]);
            }
        }
        return new ElasticTensor(s);
    }

    /** An isotropic tensor from Lamé's λ and the shear modulus μ (GPa). */
    public static ElasticTensor isotropic(double lambda, double mu) {
        double[][] c = new double[6][6];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = lambda + (i == j ? 2 * mu : 0);
            }
            c[i + 3][i + 3] = mu;
        }
        return new ElasticTensor(c);
    }

    /** A cubic tensor from C11, C12, C44 (GPa). */
    public static ElasticTensor cubic(double c11, double c12, double c44) {
        double[][] c = new double[6][6];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[i][j] = i == j ? c11 : c12;
            }
            c[i + 3][i + 3] = c44;
        }
        return new ElasticTensor(c);
    }

    /** Component C_ij, GPa (0-based Voigt indices). */
    public double get(int i, int j) {
        return c[i][j];
    }

    /** Copy of the 6×6 matrix, GPa. */
    public double[][] matrix() {
        double[][] r = new double[6][];
        for (int i = 0; i < 6; i++) {
            r[i] = c[i].clone();
        }
        return r;
    }

    /**
     * Compliance S = C⁻¹, 1/GPa.
     *
     * @throws InvalidInputException if C is singular
     */
    public double[][] compliance() {
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(c), 1e-14);
        if (!lu.getSolver().isNonSingular()) {
            throw new InvalidInputException("the elastic tensor is singular: no compliance, no Reuss averages");
        }
        return lu.getSolver().getInverse().getData();
    }

    /** Eigenvalues of C (GPa), ascending; all positive for a mechanically stable crystal (Born criteria). */
    public double[] eigenvalues() {
        RealMatrix m = new Array2DRowRealMatrix(c);
        double[] ev = new EigenDecompositionSymmetric(m).getEigenvalues();
        java.util.Arrays.sort(ev);
        return ev;
    }

    /** True when C is positive definite (the generalized Born stability criterion). */
    public boolean isMechanicallyStable() {
        return eigenvalues()[0] > 0;
    }

    /** Voigt bulk modulus, GPa. */
    public double bulkVoigt() {
        return ((c[0][0] + c[1][1] + c[2][2]) + 2 * (c[0][1] + c[1][2] + c[2][0])) / 9;
    }

    /** Voigt shear modulus, GPa. */
    public double shearVoigt() {
        return ((c[0][0] + c[1][1] + c[2][2]) - (c[0][1] + c[1][2] + c[2][0]) + 3 * (c[3][3] + c[4][4] + c[5][5])) / 15;
    }

    /** Reuss bulk modulus, GPa. */
    public double bulkReuss() {
        double[][] s = compliance();
        return 1 / ((s[0][0] + s[1][1] + s[2][2]) + 2 * (s[0][1] + s[1][2] + s[2][0]));
    }

    /** Reuss shear modulus, GPa. */
    public double shearReuss() {
        double[][] s = compliance();
        return 15 / (4 * (s[0][0] + s[1][1] + s[2][2]) - 4 * (s[0][1] + s[1][2] + s[2][0]) + 3 * (s[3][3] + s[4][4] + s[5][5]));
    }

    /** Hill bulk modulus (B_V + B_R)/2, GPa. */
    public double bulkHill() {
        return 0.5 * (bulkVoigt() + bulkReuss());
    }

    /** Hill shear modulus (G_V + G_R)/2, GPa. */
    public double shearHill() {
        return 0.5 * (shearVoigt() + shearReuss());
    }

    /** Universal anisotropy index A_U = 5 G_V/G_R + B_V/B_R − 6 (Ranganathan & Ostoja-Starzewski 2008); 0 when isotropic. */
    public double universalAnisotropy() {
        return 5 * shearVoigt() / shearReuss() + bulkVoigt() / bulkReuss() - 6;
    }

    /** Largest |C_ij − C_ji| of an unsymmetrized matrix, GPa (a quality measure of finite-strain results). */
    public static double asymmetry(double[][] m) {
        double a = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                a = Math.max(a, Math.abs(m[i][j] - m[j][i]));
            }
        }
        return a;
    }

    /** The matrix as text, one row per line, GPa. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                sb.append(String.format(Locale.ROOT, "%10.3f", c[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}

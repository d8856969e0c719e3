package org.ionmat.analysis.descriptors;

import java.util.List;

import org.ionmat.analysis.elastic.CauchyPressure;
import org.ionmat.analysis.elastic.ElasticResult;
import org.ionmat.analysis.elastic.FiniteStrainElastic;
import org.ionmat.analysis.elastic.HardnessModel;
import org.ionmat.analysis.elastic.MechanicalProperties;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;

/**
 * Mechanical–elastic descriptors of seed paper 001 from finite-strain elastic constants computed
 * with a calculator ({@link FiniteStrainElastic}, {@link MechanicalProperties}).
 */
public final class ElasticDescriptors implements DescriptorSource {

    private static final DescriptorCategory ME = DescriptorCategory.MECHANICAL_ELASTIC;
    /** Bulk modulus. */
    public static final Descriptor B = new Descriptor("B", "GPa", ME, "bulk modulus (Voigt-Reuss-Hill)");
    /** Shear modulus. */
    public static final Descriptor G = new Descriptor("G", "GPa", ME, "shear modulus (Voigt-Reuss-Hill)");
    /** Young's modulus. */
    public static final Descriptor E = new Descriptor("E", "GPa", ME, "Young's modulus 9BG/(3B+G)");
    /** Poisson's ratio. */
    public static final Descriptor NU = new Descriptor("nu", "", ME, "Poisson's ratio (3B-2G)/(2(3B+G))");
    /** First Lamé parameter. */
    public static final Descriptor LAMBDA = new Descriptor("lambda", "GPa", ME, "first Lame parameter B-2G/3");
    /** P-wave modulus. */
    public static final Descriptor P_WAVE = new Descriptor("M", "GPa", ME, "P-wave modulus B+4G/3");
    /** Pugh's ratio. */
    public static final Descriptor PUGH = new Descriptor("kappa", "", ME, "Pugh's modulus ratio G/B");
    /** Cauchy pressure. */
    public static final Descriptor CAUCHY = new Descriptor("P_C", "GPa", ME, "Cauchy pressure");
    /** Vickers hardness. */
    public static final Descriptor VICKERS = new Descriptor("H_V", "GPa", ME, "Vickers hardness");
    /** Longitudinal sound velocity. */
    public static final Descriptor V_L = new Descriptor("v_l", "km/s", ME, "longitudinal sound velocity sqrt(M/rho)");
    /** Transverse sound velocity. */
    public static final Descriptor V_T = new Descriptor("v_t", "km/s", ME, "transverse sound velocity sqrt(G/rho)");
    /** Velocity ratio. */
    public static final Descriptor V_R = new Descriptor("v_r", "", ME, "velocity ratio v_l/v_t");
    /** Mean sound velocity. */
    public static final Descriptor V_M = new Descriptor("v_m", "km/s", ME, "mean sound velocity [(1/v_l^3+2/v_t^3)/3]^(-1/3)");
    /** Debye temperature. */
    public static final Descriptor DEBYE = new Descriptor("theta_D", "K", ME, "Debye temperature from the mean sound velocity");
    /** Universal anisotropy index. */
    public static final Descriptor ANISOTROPY = new Descriptor("A_U", "", ME, "universal elastic anisotropy index");

    private static final List<Descriptor> ALL = List.of(B, G, E, NU, LAMBDA, P_WAVE, PUGH, CAUCHY, VICKERS, V_L, V_T, V_R,
            V_M, DEBYE, ANISOTROPY);

    private final Calculator calculator;
    private final FiniteStrainElastic elastic;
    private final HardnessModel hardness;
    private final CauchyPressure cauchy;

    /**
     * @param calculator energy model
     * @param elastic    finite-strain settings (ion mode, strain)
     * @param hardness   Vickers hardness model
     * @param cauchy     Cauchy pressure definition
     */
    public ElasticDescriptors(Calculator calculator, FiniteStrainElastic elastic, HardnessModel hardness, CauchyPressure cauchy) {
        this.calculator = calculator;
        this.elastic = elastic;
        this.hardness = hardness;
        this.cauchy = cauchy;
    }

    @Override
    public String name() {
        return "elastic";
    }

    @Override
    public List<Descriptor> descriptors() {
        return ALL;
    }

    @Override
    public List<DescriptorValue> describe(Material material) {
        Structure s = material.structure();
        ElasticResult r = elastic.compute(calculator, AtomicSystem.of(s));
        return values(MechanicalProperties.of(r.tensor(), s.density(), s.numAtoms() / s.volume(), hardness, cauchy));
    }

    /** The descriptor values of computed mechanical properties, in {@link #descriptors()} order. */
    public static List<DescriptorValue> values(MechanicalProperties p) {
        double[] v = {p.bulk(), p.shear(), p.young(), p.poisson(), p.lame(), p.pWave(), p.pugh(), p.cauchyPressure(),
            p.vickers(), p.vLongitudinal(), p.vTransverse(), p.velocityRatio(), p.vMean(), p.debyeTemperature(), p.anisotropy()};
        DescriptorValue[] out = new DescriptorValue[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = new DescriptorValue(ALL.get(i), v[i]);
        }
        return List.of(out);
    }
}

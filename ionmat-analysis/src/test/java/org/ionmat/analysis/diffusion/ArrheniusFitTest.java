package org.ionmat.analysis.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.units.Units;
import org.junit.jupiter.api.Test;

/** Against numpy.polyfit / scipy curve_fit on the same data (scripts/golden/arrhenius_scipy.py). */
class ArrheniusFitTest {

    private static final double KB = 8.617333262e-5;

    private static JsonNode golden(String set) throws Exception {
        try (InputStream in = ArrheniusFitTest.class.getResourceAsStream("/golden/arrhenius_scipy.json")) {
            return new ObjectMapper().readTree(in).get(set);
        }
    }

    private static double[] arr(JsonNode n) {
        double[] a = new double[n.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = n.get(i).asDouble();
        }
        return a;
    }

    @Test
    void matchesNumpyAndScipyWhenPointsAgreeWithTheirErrors() throws Exception {
        JsonNode g = golden("consistent");
        ArrheniusFit f = ArrheniusFit.fit(arr(g.get("T")), arr(g.get("D")), arr(g.get("D_err")));
        assertEquals(g.get("polyfit_slope").asDouble(), f.slope(), 1e-9 * Math.abs(f.slope()));
        assertEquals(g.get("polyfit_intercept").asDouble(), f.lnD0(), 1e-9);
        assertTrue(g.get("chi2_reduced").asDouble() < 1);
        assertFalse(f.scaled(), "χ²/dof < 1: not scaled down");
        JsonNode c = g.get("curve_fit_cov_absolute");
        assertEquals(c.get(0).get(0).asDouble(), f.covariance()[0][0], 1e-6 * f.covariance()[0][0]);
        assertEquals(c.get(0).get(1).asDouble(), f.covariance()[0][1], 1e-6 * Math.abs(f.covariance()[0][1]));
        assertEquals(c.get(1).get(1).asDouble(), f.covariance()[1][1], 1e-6 * f.covariance()[1][1]);
        assertEquals(g.get("Ea").asDouble(), f.ea(), 1e-9);
        assertEquals(Math.sqrt(c.get(1).get(1).asDouble()) * KB, f.eaErr(), 1e-6 * f.eaErr());
        assertEquals(g.get("D300").asDouble(), f.d(300), 1e-7 * f.d(300)); // curve_fit optimiser tolerance
        assertEquals(g.get("lnD300_err_absolute").asDouble(), f.lnDErr(300), 1e-6);
    }

    @Test
    void scalesByChiSquareWhenPointsScatterMoreThanTheirErrors() throws Exception {
        JsonNode g = golden("scattered");
        ArrheniusFit f = ArrheniusFit.fit(arr(g.get("T")), arr(g.get("D")), arr(g.get("D_err")));
        assertTrue(f.scaled());
        assertEquals(g.get("chi2_reduced").asDouble(), f.chi2Reduced(), 1e-9 * f.chi2Reduced());
        JsonNode c = g.get("curve_fit_cov_scaled");
        assertEquals(c.get(1).get(1).asDouble(), f.covariance()[1][1], 1e-6 * f.covariance()[1][1]);
        assertEquals(c.get(0).get(1).asDouble(), f.covariance()[0][1], 1e-6 * Math.abs(f.covariance()[0][1]));
    }

    @Test
    void recoversKnownEaAndItsUncertaintyIsCalibrated() {
        // D0 = 1e-3 cm^2/s, Ea = 0.3 eV, 10 % lognormal noise at 5 temperatures, 200 seeded repeats
        double[] t = {600, 700, 800, 900, 1000};
        int within = 0;
        int within300 = 0;
        for (int r = 0; r < 200; r++) {
            Random rnd = new Random(r);
            double[] d = new double[t.length];
            double[] e = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                double exact = 1e-3 * Math.exp(-0.3 / (KB * t[i]));
                d[i] = exact * Math.exp(0.1 * rnd.nextGaussian());
                e[i] = 0.1 * d[i];
            }
            ArrheniusFit f = ArrheniusFit.fit(t, d, e);
            within += Math.abs(f.ea() - 0.3) < f.eaErr() ? 1 : 0;
            double ln300 = Math.log(1e-3) - 0.3 / (KB * 300);
            within300 += Math.abs(f.lnD(300) - ln300) < f.lnDErr(300) ? 1 : 0;
        }
        // Birge scaling only upwards makes the errors slightly conservative
        assertTrue(within >= 125 && within <= 165, "Ea within 1σ: " + within + "/200");
        assertTrue(within300 >= 125 && within300 <= 165, "ln D(300 K) within 1σ: " + within300 + "/200");
    }

    @Test
    void twoTemperaturesGiveAnExactLine() {
        ArrheniusFit f = ArrheniusFit.fit(new double[] {500, 1000}, new double[] {1e-7, 1e-5},
                new double[] {1e-8, 1e-6});
        assertEquals(Math.log(100) * KB / (1.0 / 500 - 1.0 / 1000), f.ea(), 1e-12);
        assertEquals(1e-7, f.d(500), 1e-19);
        assertTrue(Double.isNaN(f.chi2Reduced()));
        assertThrows(InvalidInputException.class, () -> ArrheniusFit.fit(new double[] {500}, new double[] {1},
                new double[] {1}));
        assertThrows(InvalidInputException.class, () -> ArrheniusFit.fit(new double[] {500, 600},
                new double[] {1e-6, -1e-7}, new double[] {1e-7, 1e-7}));
    }

    @Test
    void nernstEinsteinInSiUnits() {
        // Li at n = 0.02 Å^-3 (2e28 m^-3), q = e, D = 1e-6 cm^2/s (1e-10 m^2/s), T = 300 K:
        // σ = n e^2 D / (k T) in S/m, /100 for S/cm
        double e = 1.602176634e-19;
        double kSi = 1.380649e-23;
        double expected = 2e28 * e * e * 1e-10 / (kSi * 300) / 100;
        assertEquals(expected, NernstEinstein.conductivity(0.02, 1, 1e-6, 300), 1e-9 * expected);
        assertEquals(4 * expected, NernstEinstein.conductivity(0.02, -2, 1e-6, 300), 4e-9 * expected);
        assertEquals(1e-4, Units.CM2_PER_S_PER_A2_PER_PS);
    }
}

package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;

class PowerLawTest {

    @Test
    void anExactPowerLawIsRecovered() {
        double[] n = {100, 200, 400, 800, 1600};
        double[] e = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            e[i] = 2.0 * Math.pow(n[i], -0.3);
        }
        PowerLaw p = PowerLaw.fit(n, e);
        assertEquals(2.0, p.prefactor(), 1e-12);
        assertEquals(0.3, p.exponent(), 1e-12);
        assertEquals(0.0, p.exponentStdErr(), 1e-9);
        assertEquals(2.0 * Math.pow(3116, -0.3), p.at(3116), 1e-12);
        assertEquals(5, p.points());
    }

    /** Slope and its standard error from the closed-form least-squares formulas in log-log space. */
    @Test
    void exponentAndStandardErrorMatchTheClosedForm() {
        double[] n = {1000, 2000, 4000, 2000};
        double[] e = {0.40, 0.33, 0.29, 0.35};
        int k = n.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < k; i++) {
            mx += Math.log(n[i]) / k;
            my += Math.log(e[i]) / k;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < k; i++) {
            sxx += (Math.log(n[i]) - mx) * (Math.log(n[i]) - mx);
            sxy += (Math.log(n[i]) - mx) * (Math.log(e[i]) - my);
        }
        double slope = sxy / sxx;
        double ssr = 0;
        for (int i = 0; i < k; i++) {
            double r = Math.log(e[i]) - (my + slope * (Math.log(n[i]) - mx));
            ssr += r * r;
        }
        PowerLaw p = PowerLaw.fit(n, e);
        assertEquals(-slope, p.exponent(), 1e-12);
        assertEquals(Math.exp(my - slope * mx), p.prefactor(), 1e-12);
        assertEquals(Math.sqrt(ssr / (k - 2) / sxx), p.exponentStdErr(), 1e-12);
        assertTrue(p.exponent() > 0, "error falls with more data");
    }

    @Test
    void twoPointsHaveNoStandardErrorAndBadInputIsRejected() {
        assertTrue(Double.isNaN(PowerLaw.fit(new double[] {1246, 2493}, new double[] {0.354, 0.300}).exponentStdErr()));
        assertThrows(InvalidInputException.class, () -> PowerLaw.fit(new double[] {100, 100}, new double[] {0.3, 0.2}));
        assertThrows(InvalidInputException.class, () -> PowerLaw.fit(new double[] {100, 200}, new double[] {0.3, 0}));
    }
}

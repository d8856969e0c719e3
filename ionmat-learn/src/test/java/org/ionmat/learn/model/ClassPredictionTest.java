package org.ionmat.learn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClassPredictionTest {

    @Test
    void confidentMembersThatDisagreeAreAllEpistemic() {
        ClassPrediction p = ClassPrediction.combine(new double[][][] {{{1, 0}}, {{0, 1}}});
        assertEquals(0.5, p.probabilities()[0][0], 1e-15);
        assertEquals(Math.log(2), p.entropy()[0], 1e-15);
        assertEquals(0, p.entropyAleatoric()[0], 1e-15);
        assertEquals(Math.log(2), p.entropyEpistemic()[0], 1e-15);
    }

    @Test
    void membersThatAgreeAreAllAleatoric() {
        ClassPrediction p = ClassPrediction.combine(new double[][][] {{{0.7, 0.3}, {0.2, 0.8}}, {{0.7, 0.3}, {0.2, 0.8}}});
        double h = -(0.7 * Math.log(0.7) + 0.3 * Math.log(0.3));
        assertEquals(h, p.entropy()[0], 1e-15);
        assertEquals(h, p.entropyAleatoric()[0], 1e-15);
        assertEquals(0, p.entropyEpistemic()[0], 1e-15);
        assertEquals(1, p.predicted(1));
        assertEquals(0, p.predicted(0));
    }

    @Test
    void theSplitAddsUpForMixedMembers() {
        double[][][] m = {{{0.6, 0.3, 0.1}}, {{0.2, 0.5, 0.3}}, {{0.1, 0.1, 0.8}}};
        ClassPrediction p = ClassPrediction.combine(m);
        double[] mean = {0.3, 0.3, 0.4};
        assertEquals(ClassPrediction.entropy(mean), p.entropy()[0], 1e-12);
        double ha = (ClassPrediction.entropy(m[0][0]) + ClassPrediction.entropy(m[1][0]) + ClassPrediction.entropy(m[2][0])) / 3;
        assertEquals(ha, p.entropyAleatoric()[0], 1e-12);
        assertEquals(p.entropy()[0] - ha, p.entropyEpistemic()[0], 1e-12);
    }
}

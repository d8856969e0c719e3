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

    @Test
    void temperingTheMeanKeepsTheSplitsProportionsAndAddsUp() {
        // trees with pure leaves: member tempering cannot move them, tempering the mean can
        double[][][] trees = {{{1, 0}}, {{1, 0}}, {{0, 1}}, {{1, 0}}};
        ClassPrediction p = ClassPrediction.combine(trees);
        assertEquals(0.75, p.probabilities()[0][0], 1e-15);
        ClassPrediction q = p.temperedMean(2);
        double q0 = Math.sqrt(0.75);
        double q1 = Math.sqrt(0.25);
        assertEquals(q0 / (q0 + q1), q.probabilities()[0][0], 1e-12);
        assertEquals(ClassPrediction.entropy(q.probabilities()[0]), q.entropy()[0], 1e-15);
        assertEquals(0, q.entropyAleatoric()[0], 1e-15, "pure leaves: no aleatoric part before or after");
        assertEquals(q.entropy()[0], q.entropyEpistemic()[0], 1e-15);
        double[][][] mixed = {{{0.6, 0.4}}, {{0.1, 0.9}}};
        ClassPrediction m = ClassPrediction.combine(mixed);
        ClassPrediction t = m.temperedMean(0.5);
        double share = m.entropyAleatoric()[0] / m.entropy()[0];
        assertEquals(share * t.entropy()[0], t.entropyAleatoric()[0], 1e-12);
        assertEquals(t.entropy()[0], t.entropyAleatoric()[0] + t.entropyEpistemic()[0], 1e-12);
        ClassPrediction same = m.temperedMean(1);
        assertEquals(m.probabilities()[0][1], same.probabilities()[0][1], 1e-15);
        assertEquals(m.entropyEpistemic()[0], same.entropyEpistemic()[0], 1e-12);
    }
}

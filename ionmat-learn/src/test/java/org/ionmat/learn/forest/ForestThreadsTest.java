package org.ionmat.learn.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Every tree has its own seeded random source, so the forest is the same on any number of threads. */
class ForestThreadsTest {

    @Test
    void forestsAreTheSameOnOneTwoAndAllThreads() {
        SplittableRandom r = new SplittableRandom(2);
        double[][] x = new double[150][6];
        double[] y = new double[150];
        int[] label = new int[150];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < 6; f++) {
                x[i][f] = r.nextDouble();
            }
            y[i] = x[i][0] + 2 * x[i][1] * x[i][2] + 0.1 * r.nextGaussian();
            label[i] = y[i] > 1 ? 1 : 0;
        }
        double[][] ref = RandomForest.train(x, y, 20, 0.5, true, 7, 1).treePredictions(x);
        double[][] pref = RandomForestClassifier.train(x, label, 2, 20, 0.5, true, 7, 1).predictProbabilities(x);
        for (int threads : new int[] {2, 3, 0}) {
            double[][] t = RandomForest.train(x, y, 20, 0.5, true, 7, threads).treePredictions(x);
            for (int k = 0; k < t.length; k++) {
                assertArrayEquals(ref[k], t[k], 0.0, "tree " + k + " on " + threads + " threads");
            }
            double[][] p = RandomForestClassifier.train(x, label, 2, 20, 0.5, true, 7, threads).predictProbabilities(x);
            for (int i = 0; i < p.length; i++) {
                assertArrayEquals(pref[i], p[i], 0.0, "row " + i + " on " + threads + " threads");
            }
        }
        assertThrows(InvalidInputException.class, () -> RandomForest.train(x, y, 20, 0.5, true, 7, -1));
        assertThrows(InvalidInputException.class, () -> RandomForestClassifier.train(x, label, 2, 20, 0.5, true, 7, -1));
    }
}

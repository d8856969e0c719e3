package org.ionmat.analysis.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RandomWalkCovarianceTest {

    private static double bruteOverlapSum(int n, int k, int frames) {
        double s = 0;
        for (int t = 0; t + n < frames; t++) {
            for (int u = 0; u + k < frames; u++) {
                long o = Math.max(0, Math.min(t + n, u + k) - Math.max(t, u));
                s += o * o;
            }
        }
        return s;
    }

    @Test
    void closedFormOverlapSumEqualsDirectSum() {
        for (int frames : new int[] {2, 3, 7, 20, 51}) {
            for (int n = 1; n < frames; n++) {
                for (int k = 1; k < frames; k++) {
                    assertEquals(bruteOverlapSum(n, k, frames), RandomWalkCovariance.overlapSum(n, k, frames),
                            1e-9 * bruteOverlapSum(n, k, frames), "F=" + frames + " n=" + n + " k=" + k);
                }
            }
        }
    }

    @Test
    void matchesMonteCarloCovarianceOfSimulatedWalks() {
        // 1-D Gaussian walks, F = 40 frames, unit steps: sample covariance of m_3, m_10, m_25 over many walks
        int frames = 40;
        int[] lags = {3, 10, 25};
        int reps = 40000;
        Random rnd = new Random(11);
        double[] x = new double[frames];
        double[][] m = new double[reps][lags.length];
        for (int r = 0; r < reps; r++) {
            for (int t = 1; t < frames; t++) {
                x[t] = x[t - 1] + rnd.nextGaussian();
            }
            for (int i = 0; i < lags.length; i++) {
                int n = lags[i];
                double s = 0;
                for (int t = 0; t + n < frames; t++) {
                    s += (x[t + n] - x[t]) * (x[t + n] - x[t]);
                }
                m[r][i] = s / (frames - n);
            }
        }
        // unit steps: D dt = 1/2 in 1-D
        double[][] model = RandomWalkCovariance.matrix(lags, frames, 0.5, 1.0, 1, 1);
        for (int i = 0; i < lags.length; i++) {
            for (int j = 0; j < lags.length; j++) {
                double mi = 0;
                double mj = 0;
                for (double[] row : m) {
                    mi += row[i];
                    mj += row[j];
                }
                mi /= reps;
                mj /= reps;
                double c = 0;
                for (double[] row : m) {
                    c += (row[i] - mi) * (row[j] - mj);
                }
                c /= reps - 1;
                // sampling error of a covariance of chi-square-like variables: a few % at 40000 samples
                assertEquals(model[i][j], c, 0.05 * Math.sqrt(model[i][i] * model[j][j]), "cov " + i + "," + j);
            }
            assertEquals(lags[i], average(m, i), 0.03 * lags[i], "mean MSD equals lag");
        }
    }

    private static double average(double[][] m, int i) {
        double s = 0;
        for (double[] row : m) {
            s += row[i];
        }
        return s / m.length;
    }
}

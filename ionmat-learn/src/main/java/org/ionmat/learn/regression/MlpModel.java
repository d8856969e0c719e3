package org.ionmat.learn.regression;

/** A trained {@link MlpRegressor}: weights, biases and the training loss of every epoch. */
public final class MlpModel implements Regressor.Model {

    private final int[] sizes;
    private final double[][] weights;
    private final double[][] biases;
    private final double[] lossCurve;
    private final boolean converged;

    MlpModel(int[] sizes, double[][] weights, double[][] biases, double[] lossCurve, boolean converged) {
        this.sizes = sizes;
        this.weights = weights;
        this.biases = biases;
        this.lossCurve = lossCurve;
        this.converged = converged;
    }

    @Override
    public double[] predict(double[][] x) {
        int layers = sizes.length - 1;
        double[][] act = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            act[l] = new double[sizes[l]];
        }
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, act[0], 0, sizes[0]);
            MlpRegressor.forward(weights, biases, sizes, act, 1);
            p[i] = act[layers][0];
        }
        return p;
    }

    /** Training loss after each epoch (as scikit-learn's {@code loss_curve_}). */
    public double[] lossCurve() {
        return lossCurve.clone();
    }

    /** Number of epochs run. */
    public int epochs() {
        return lossCurve.length;
    }

    /** True when training stopped because the loss stopped improving (not at the epoch limit). */
    public boolean converged() {
        return converged;
    }

    /** Weights of layer l (fan_in × fan_out, row-major; copy). */
    public double[] weights(int l) {
        return weights[l].clone();
    }

    /** Biases of layer l (copy). */
    public double[] biases(int l) {
        return biases[l].clone();
    }
}

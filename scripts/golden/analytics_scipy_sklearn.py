#!/usr/bin/python3
"""Golden values for ionmat-learn's statistics and regression (issue 6), made with scipy/numpy/scikit-learn.

Run with the Debian peers:  /usr/bin/python3 scripts/golden/analytics_scipy_sklearn.py
Writes ionmat-learn/src/test/resources/golden/analytics_sklearn.json (inputs and expected outputs).

* correlations: scipy.stats.pearsonr / spearmanr on the rows where both columns have values
  (pairwise deletion), on random tables with ties (integer-valued columns) and missing values;
* PCA: numpy.linalg.eigh of the Spearman matrix, eigenvalues descending, vectors as rows;
* silhouette: sklearn.metrics.silhouette_samples / silhouette_score;
* k-means: best inertia of sklearn.cluster.KMeans(n_init=10, random_state=0);
* kernel ridge: sklearn.kernel_ridge.KernelRidge(kernel="linear", alpha=1) predictions;
* MLP: sklearn.neural_network.MLPRegressor (adam, relu) trained from given initial weights without
  shuffling, so that the Java implementation can follow the same trajectory.
"""
import json
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.stats as st
import sklearn
from sklearn.cluster import KMeans
from sklearn.kernel_ridge import KernelRidge
from sklearn.metrics import silhouette_samples, silhouette_score
from sklearn.neural_network import MLPRegressor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "ionmat-learn", "src", "test", "resources", "golden", "analytics_sklearn.json")


def clean(v):
    """Nested lists with NaN -> None."""
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, float) and np.isnan(v):
        return None
    if isinstance(v, (np.floating,)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    return v


def make_table(rng, n, with_missing):
    cols = {}
    a = rng.normal(size=n)
    cols["a"] = a
    cols["b"] = 0.6 * a + rng.normal(scale=0.8, size=n)
    cols["ties_int"] = rng.integers(0, 5, size=n).astype(float)             # many ties
    cols["lognormal"] = np.exp(1.5 * cols["b"] + rng.normal(scale=0.5, size=n))
    cols["ties_round"] = np.round(cols["a"] - 0.5 * cols["b"], 1)              # ties from rounding
    cols["noise"] = rng.uniform(size=n)
    cols["neg"] = -cols["lognormal"] ** 0.3 + rng.normal(scale=0.1, size=n)
    if with_missing:
        for name, count in [("b", 4), ("ties_int", 3), ("lognormal", 6), ("noise", 2)]:
            idx = rng.choice(n, size=count, replace=False)
            cols[name] = cols[name].copy()
            cols[name][idx] = np.nan
    return cols


def correlations(cols):
    names = list(cols)
    m = len(names)
    out = {}
    for method, fn in [("pearson", st.pearsonr), ("spearman", st.spearmanr)]:
        r = np.full((m, m), np.nan)
        p = np.full((m, m), np.nan)
        nn = np.zeros((m, m), dtype=int)
        for i in range(m):
            for j in range(m):
                x, y = cols[names[i]], cols[names[j]]
                mask = ~np.isnan(x) & ~np.isnan(y)
                nn[i, j] = mask.sum()
                if i == j:
                    r[i, j], p[i, j] = 1.0, 0.0
                    continue
                res = fn(x[mask], y[mask])
                r[i, j], p[i, j] = float(res[0]), float(res[1])
        out[method] = {"r": r, "p": p, "n": nn}
    return names, out


def pca(spearman_r):
    w, v = np.linalg.eigh(spearman_r)
    order = np.argsort(w)[::-1]
    w = w[order]
    v = v[:, order].T
    return w / w.sum(), v, w


def main():
    rng = np.random.default_rng(20240611)
    golden = {"versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__}}

    tables = []
    for label, n, miss in [("complete40", 40, False), ("missing45", 45, True), ("small8", 8, True)]:
        cols = make_table(rng, n, miss)
        if label == "small8":
            cols = {k: cols[k] for k in ["a", "b", "ties_int", "ties_round"]}
        names, corr = correlations(cols)
        entry = {"name": label, "columns": names, "data": [cols[k] for k in names]}
        for method in corr:
            entry[method] = corr[method]
        if not np.isnan(corr["spearman"]["r"]).any():
            nw, vecs, w = pca(corr["spearman"]["r"])
            entry["pca"] = {"normalized_eigenvalues": nw, "eigenvalues": w, "vectors": vecs}
        tables.append(entry)
    golden["tables"] = tables

    # silhouette and k-means on blobs plus a structureless cloud
    centers = np.array([[0, 0, 0], [4, 0, 1], [0, 5, -1], [3, 3, 3]], dtype=float)
    blobs = np.vstack([c + rng.normal(scale=0.9, size=(40, 3)) for c in centers])
    labels = KMeans(n_clusters=4, n_init=10, random_state=0).fit(blobs).labels_
    rand_labels = rng.integers(0, 3, size=len(blobs))
    golden["silhouette"] = {
        "points": blobs,
        "labels": labels, "samples": silhouette_samples(blobs, labels), "score": silhouette_score(blobs, labels),
        "random_labels": rand_labels, "random_score": silhouette_score(blobs, rand_labels),
    }
    cloud = rng.uniform(size=(300, 3))
    kmeans = []
    for name, pts, ks in [("blobs", blobs, [2, 3, 4, 5, 6]), ("cloud", cloud, [3, 5, 8])]:
        for k in ks:
            km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(pts)
            kmeans.append({"data": name, "k": k, "inertia": km.inertia_})
    golden["kmeans"] = {"blobs": blobs, "cloud": cloud, "runs": kmeans}

    # linear kernel ridge
    X = rng.normal(size=(30, 5))
    y = X @ np.array([1.0, -2.0, 0.5, 0.0, 3.0]) + rng.normal(scale=0.3, size=30)
    Xt = rng.normal(size=(7, 5))
    kr = KernelRidge(kernel="linear", alpha=1.0).fit(X, y)
    golden["kernel_ridge"] = {"x": X, "y": y, "x_test": Xt, "alpha": 1.0, "predicted": kr.predict(Xt)}

    # MLP from fixed initial weights, full trajectory without shuffling
    Xm = rng.normal(size=(25, 4))
    ym = np.sin(Xm[:, 0]) + 0.5 * Xm[:, 1] * Xm[:, 2] - Xm[:, 3] + 2.0
    hidden = (7, 5)
    sizes = [4, *hidden, 1]
    coefs, inters = [], []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = np.sqrt(6.0 / (fan_in + fan_out))
        coefs.append(rng.uniform(-bound, bound, size=(fan_in, fan_out)))
        inters.append(rng.uniform(-bound, bound, size=fan_out))
    epochs = 40
    mlp = MLPRegressor(hidden_layer_sizes=hidden, activation="relu", solver="adam", alpha=0.05,
                       learning_rate_init=5e-3, batch_size=10, max_iter=1, shuffle=False, tol=0.0,
                       n_iter_no_change=10 ** 6, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mlp.fit(Xm, ym)                      # allocates the structures
        mlp.coefs_ = [c.copy() for c in coefs]
        mlp.intercepts_ = [b.copy() for b in inters]
        mlp.set_params(warm_start=True, max_iter=epochs)
        mlp.loss_curve_ = []
        mlp.fit(Xm, ym)
    Xmt = rng.normal(size=(6, 4))
    golden["mlp"] = {
        "x": Xm, "y": ym, "x_test": Xmt, "hidden": list(hidden), "alpha": 0.05, "learning_rate": 5e-3,
        "batch_size": 10, "epochs": epochs,
        "initial": [x for pair in zip(coefs, inters) for x in (pair[0].ravel(), pair[1])],
        "loss_curve": mlp.loss_curve_[-epochs:], "predicted": mlp.predict(Xmt),
        "final": [x for pair in zip(mlp.coefs_, mlp.intercepts_) for x in (pair[0].ravel(), pair[1])],
    }

    # Eq. (8) example of the seed report
    golden["mape_example"] = {"reference": [0, 1, 2, 3], "predicted": [0.5, 1.0, 1.5, 3.5], "mape": 0.25}

    def to_json(o):
        if isinstance(o, dict):
            return {k: to_json(v) for k, v in o.items()}
        if isinstance(o, (list, tuple)):
            return [to_json(v) for v in o]
        return clean(o)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(to_json(golden), f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()

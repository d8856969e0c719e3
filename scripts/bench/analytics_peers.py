#!/usr/bin/python3
"""Side-by-side timing of `ionmat analyze` and the same pipeline in scipy/numpy/scikit-learn.

Run from the repository root after `mvn -q -DskipTests package`:
    /usr/bin/python3 scripts/bench/analytics_peers.py [--rows 174] [--cols 54] [--repeat 3]

Input: a random descriptor table of the paper's size (174 samples x 54 descriptors, seed 1, 3 % of
the values missing, integer-valued columns with ties, 6 groups), written to a temporary CSV.
Pipeline timed in both: read the CSV, Spearman and Pearson matrices with p-values (pairwise
deletion), PCA of the Spearman matrix, k-means at k = 6 in PC1-PC2 and the scan k = 1..10 with
silhouettes, 10 restarts (ionmat: --restarts 10). ionmat is timed as a fresh process (JVM start
included) with --no-ml --json and without the report; a second line adds the report (figures).
A third comparison times leave-one-group-out MLP training with the paper's network (6 folds,
--mlp-epochs 50) against sklearn's MLPRegressor with the same settings.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np
import scipy.stats as st
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def make_table(rows, cols, path):
    rng = np.random.default_rng(1)
    latent = rng.normal(size=(rows, 3))
    data = latent @ rng.normal(size=(3, cols)) + rng.normal(scale=0.7, size=(rows, cols))
    for c in range(0, cols, 9):
        data[:, c] = np.round(data[:, c])
    mask = rng.uniform(size=data.shape) < 0.03
    data[mask] = np.nan
    groups = ["g%d" % (i % 6) for i in range(rows)]
    with open(path, "w") as f:
        f.write("name,group," + ",".join("d%d" % c for c in range(cols)) + "\n")
        for i in range(rows):
            f.write("m%d,%s," % (i, groups[i]) + ",".join("" if np.isnan(v) else repr(float(v)) for v in data[i]) + "\n")


def python_pipeline(path):
    import csv
    with open(path) as f:
        r = list(csv.reader(f))
    names = r[0][2:]
    x = np.array([[float(v) if v else np.nan for v in row[2:]] for row in r[1:]])
    m = x.shape[1]
    res = {}
    for fn in (st.spearmanr, st.pearsonr):
        R = np.eye(m)
        P = np.zeros((m, m))
        for i in range(m):
            for j in range(i + 1, m):
                ok = ~np.isnan(x[:, i]) & ~np.isnan(x[:, j])
                a = fn(x[ok, i], x[ok, j])
                R[i, j] = R[j, i] = a[0]
                P[i, j] = P[j, i] = a[1]
        res[fn.__name__] = R
    w, v = np.linalg.eigh(res["spearmanr"])
    order = np.argsort(w)[::-1]
    v = v[:, order]
    ranks = np.column_stack([st.rankdata(np.where(np.isnan(c), np.nan, c), nan_policy="omit") for c in x.T])
    z = (ranks - np.nanmean(ranks, 0)) / np.nanstd(ranks, 0)
    z = np.nan_to_num(z)
    pts = z @ v[:, :2]
    KMeans(n_clusters=6, n_init=10, random_state=0).fit(pts)
    for k in range(1, 11):
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(pts)
        if k >= 2:
            silhouette_score(pts, km.labels_)
    return names


def python_mlp(path, epochs):
    import csv
    with open(path) as f:
        r = list(csv.reader(f))
    x = np.array([[float(v) if v else np.nan for v in row[2:]] for row in r[1:]])
    groups = np.array([row[1] for row in r[1:]])
    y = x[:, 0]
    feats = x[:, 1:]
    for g in sorted(set(groups)):
        tr = (groups != g) & ~np.isnan(y)
        sc = StandardScaler().fit(feats[tr])
        xt = np.nan_to_num(sc.transform(feats[tr]))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            MLPRegressor(hidden_layer_sizes=(200, 500, 50, 150, 70, 100), alpha=0.05, learning_rate_init=5e-4,
                         max_iter=epochs, random_state=0).fit(xt, y[tr])


def best_of(fn, repeat):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=174)
    ap.add_argument("--cols", type=int, default=54)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=50)
    a = ap.parse_args()
    ionmat = os.path.join(ROOT, "ionmat")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "table.csv")
        make_table(a.rows, a.cols, path)
        rows = []
        py = best_of(lambda: python_pipeline(path), a.repeat)
        cmd = [ionmat, "analyze", path, "--no-ml", "--json", "--restarts", "10", "--group", "group"]
        jv = best_of(lambda: subprocess.run(cmd, check=True, capture_output=True), a.repeat)
        rows.append(("stats+PCA+k-means scan", py, jv, " ".join(cmd[1:]).replace(path, "TABLE")))
        rep = os.path.join(tmp, "report")
        cmd2 = cmd + ["-o", rep]
        jv2 = best_of(lambda: subprocess.run(cmd2, check=True, capture_output=True), a.repeat)
        rows.append(("... plus HTML report (14 figures)", float("nan"), jv2, "... -o report/"))
        py3 = best_of(lambda: python_mlp(path, a.epochs), 1)
        cmd3 = [ionmat, "analyze", path, "--json", "--restarts", "10", "--target", "d0", "--cv-group", "group", "--mlp",
                "paper", "--mlp-epochs", str(a.epochs)]
        jv3 = best_of(lambda: subprocess.run(cmd3, check=True, capture_output=True), 1)
        rows.append(("LOGO MLP 200-500-50-150-70-100, 6 folds, %d epochs (+ ridge, stats)" % a.epochs, py3, jv3,
                     " ".join(cmd3[1:]).replace(path, "TABLE")))
    print("table: %d rows x %d columns, best of %d (wall seconds)" % (a.rows, a.cols, a.repeat))
    print("| task | python (scipy/sklearn) | ionmat | ratio | ionmat command |")
    print("|---|---|---|---|---|")
    for name, p, j, c in rows:
        print("| %s | %.2f | %.2f | %s | `%s` |" % (name, p, j, "-" if np.isnan(p) else "%.2f" % (p / j), c))


if __name__ == "__main__":
    sys.exit(main())

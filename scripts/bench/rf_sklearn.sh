#!/bin/sh
# The random-forest baseline against scikit-learn on the same Magpie features and rows: the shared EX
# band-gap file split 80/20 (split_csv.py, seed 0); 'ionmat featurize' writes the features that
# 'train rf' uses, scikit-learn's RandomForestRegressor (200 trees, max_features 0.25, 2 jobs) is
# fitted on them, and 'ionmat train rf' on the formulas, each with five seeds. Prints test MAE and
# fit seconds per seed and the mean absolute difference of the two seed-0 forests' predictions.
# Run from the repository root after the build.   Usage: scripts/bench/rf_sklearn.sh OUTDIR
set -eu
OUT=${1:?output folder}
mkdir -p "$OUT"
/usr/bin/python3 scripts/bench/split_csv.py ../shared/data/bandgap/expt-non-metals.csv "$OUT/split" --seed 0
./ionmat featurize "$OUT/split/train.csv" -o "$OUT/train-magpie.csv"
./ionmat featurize "$OUT/split/test.csv" -o "$OUT/test-magpie.csv"
for s in 0 1 2 3 4; do
  ./ionmat train rf --data "$OUT/split/train.csv" --test "$OUT/split/test.csv" --target Eg --seed $s \
      -o "$OUT/rf-seed$s" --json > "$OUT/rf-seed$s.json"
done
/usr/bin/python3 - "$OUT" <<'PY'
import csv, json, sys, time
import numpy as np
import sklearn
from sklearn.ensemble import RandomForestRegressor
out = sys.argv[1]

def table(path):
    rows = list(csv.DictReader(open(path, newline="")))
    names = list(rows[0].keys())[3:]  # material_id, composition, Eg, then the features
    return np.array([[float(r[n]) for n in names] for r in rows]), np.array([float(r["Eg"]) for r in rows])

xtr, ytr = table(f"{out}/train-magpie.csv")
xte, yte = table(f"{out}/test-magpie.csv")
print(f"scikit-learn {sklearn.__version__}: {xtr.shape[0]} train rows, {xte.shape[0]} test rows, {xtr.shape[1]} features")
sk_mae, sk_sec, sk0 = [], [], None
for s in range(5):
    t0 = time.perf_counter()
    rf = RandomForestRegressor(n_estimators=200, max_features=0.25, random_state=s, n_jobs=2).fit(xtr, ytr)
    sk_sec.append(time.perf_counter() - t0)
    p = rf.predict(xte)
    sk0 = p if s == 0 else sk0
    sk_mae.append(float(np.mean(np.abs(p - yte))))
io_mae, io_sec = [], []
for s in range(5):
    j = json.load(open(f"{out}/rf-seed{s}.json"))
    io_mae.append(j["metrics"]["test"]["mae"])
    io_sec.append(j["timing"]["fit_seconds"])
io0 = np.array([float(r["mean"]) for r in csv.DictReader(open(f"{out}/rf-seed0/test-predictions.csv", newline=""))])
for name, mae, sec in (("scikit-learn", sk_mae, sk_sec), ("ionmat", io_mae, io_sec)):
    print(f"{name}: test MAE {np.mean(mae):.4f} +- {np.std(mae, ddof=1):.4f} (seeds 0-4: "
          + ", ".join(f"{v:.4f}" for v in mae) + f"); fit {np.mean(sec):.2f} s ({', '.join(f'{v:.2f}' for v in sec)})")
print(f"seed-0 forests: mean |ionmat - scikit-learn| per test row {np.mean(np.abs(io0 - sk0)):.4f} eV; "
      f"the same between two scikit-learn seeds: "
      f"{np.mean(np.abs(sk0 - RandomForestRegressor(n_estimators=200, max_features=0.25, random_state=1, n_jobs=2).fit(xtr, ytr).predict(xte))):.4f} eV")
PY

#!/bin/sh
# The random-forest baseline against scikit-learn on the same Magpie features and rows: a data file
# split at random (split_csv.py, seed 0; by default the shared EX band gaps, 80/20), 'ionmat featurize'
# writes the features that 'train rf' uses, scikit-learn's RandomForestRegressor (200 trees,
# max_features 0.25, 2 jobs) is fitted on them, and 'ionmat train rf' on the formulas, each with SEEDS
# seeds. Prints test MAE and fit seconds per seed and the mean absolute difference of the two seed-0
# forests' predictions. Run from the repository root after the build.
# Usage: scripts/bench/rf_sklearn.sh OUTDIR [DATA.csv FORMULA_COLUMN TARGET TEST_FRACTION SEEDS]
#   e.g. scripts/bench/rf_sklearn.sh OUT ../shared/data/bandgap/mp-non-metals.csv composition band_gap 0.05 1
set -eu
OUT=${1:?output folder}
DATA=${2:-../shared/data/bandgap/expt-non-metals.csv}; FC=${3:-composition}; TARGET=${4:-Eg}
FRACTION=${5:-0.2}; SEEDS=${6:-5}
mkdir -p "$OUT"
/usr/bin/python3 scripts/bench/split_csv.py "$DATA" "$OUT/split" --seed 0 --test-fraction "$FRACTION"
./ionmat featurize "$OUT/split/train.csv" --formula-column "$FC" -o "$OUT/train-magpie.csv"
./ionmat featurize "$OUT/split/test.csv" --formula-column "$FC" -o "$OUT/test-magpie.csv"
s=0
while [ $s -lt "$SEEDS" ]; do
  ./ionmat train rf --data "$OUT/split/train.csv" --test "$OUT/split/test.csv" --formula-column "$FC" \
      --target "$TARGET" --seed $s -o "$OUT/rf-seed$s" --json > "$OUT/rf-seed$s.json"
  s=$((s + 1))
done
/usr/bin/python3 - "$OUT" "$TARGET" "$SEEDS" <<'PY'
import csv, json, sys, time
import numpy as np
import sklearn
from sklearn.ensemble import RandomForestRegressor
out, target, seeds = sys.argv[1], sys.argv[2], int(sys.argv[3])

def table(path):
    rows = list(csv.DictReader(open(path, newline="")))
    names = list(rows[0].keys())[-145:]  # the input columns, then the 145 features
    return np.array([[float(r[n]) for n in names] for r in rows]), np.array([float(r[target]) for r in rows])

xtr, ytr = table(f"{out}/train-magpie.csv")
xte, yte = table(f"{out}/test-magpie.csv")
print(f"scikit-learn {sklearn.__version__}: {xtr.shape[0]} train rows, {xte.shape[0]} test rows, {xtr.shape[1]} features")
sk_mae, sk_sec, sk_pred = [], [], []
for s in range(seeds):
    t0 = time.perf_counter()
    rf = RandomForestRegressor(n_estimators=200, max_features=0.25, random_state=s, n_jobs=2).fit(xtr, ytr)
    sk_sec.append(time.perf_counter() - t0)
    p = rf.predict(xte)
    sk_pred.append(p)
    sk_mae.append(float(np.mean(np.abs(p - yte))))
io_mae, io_sec = [], []
for s in range(seeds):
    j = json.load(open(f"{out}/rf-seed{s}.json"))
    io_mae.append(j["metrics"]["test"]["mae"])
    io_sec.append(j["timing"]["fit_seconds"])
io0 = np.array([float(r["mean"]) for r in csv.DictReader(open(f"{out}/rf-seed0/test-predictions.csv", newline=""))])
for name, mae, sec in (("scikit-learn", sk_mae, sk_sec), ("ionmat", io_mae, io_sec)):
    spread = f" +- {np.std(mae, ddof=1):.4f}" if len(mae) > 1 else ""
    print(f"{name}: test MAE {np.mean(mae):.4f}{spread} (seeds: "
          + ", ".join(f"{v:.4f}" for v in mae) + f"); fit {np.mean(sec):.2f} s ({', '.join(f'{v:.2f}' for v in sec)})")
print(f"seed-0 forests: mean |ionmat - scikit-learn| per test row {np.mean(np.abs(io0 - sk_pred[0])):.4f}"
      + (f"; the same between scikit-learn's seeds 0 and 1: {np.mean(np.abs(sk_pred[0] - sk_pred[1])):.4f}"
         if len(sk_pred) > 1 else ""))
PY

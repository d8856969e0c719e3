#!/bin/sh
# OBELiX ionic conductivity from composition: 5-fold cross-validation grouped by composition, target
# log10(sigma / S cm-1) ('<1E-10' read as 1E-10), Roost ensemble vs random forest + Magpie on the same folds.
# Run from the repository root after 'mvn -q -DskipTests package'.
# Usage: scripts/bench/obelix_cv.sh OUTDIR [ENSEMBLE] [EPOCHS] [MODELS]   (MODELS: "rf roost" by default)
OUT=${1:?output folder}; W=${2:-10}; E=${3:-250}; MODELS=${4:-"rf roost"}
DATA=../shared/data/obelix/train.csv
EMB=../shared/data/embeddings/matscholar200.json
COMMON="--data $DATA --formula-column 'True Composition' --target 'Ionic conductivity (S cm-1)' --log10 --censored --cv-folds 5 --split-seed 0"
mkdir -p "$OUT"
for m in $MODELS; do
  for k in 0 1 2 3 4; do
    if [ "$m" = rf ]; then
      eval ./ionmat train rf $COMMON --fold $k -o "$OUT/rf-fold$k" --json > "$OUT/rf-fold$k.json"
    else
      eval ./ionmat train roost $COMMON --fold $k --embedding $EMB --ensemble $W --epochs $E --parallel 2 \
          -o "$OUT/roost-fold$k" --json > "$OUT/roost-fold$k.json" 2> "$OUT/roost-fold$k.log"
    fi
  done
done
/usr/bin/python3 - "$OUT" <<'PY'
import json, sys, glob, os
out = sys.argv[1]
for m in ("rf", "roost"):
    rows = []
    for k in range(5):
        f = os.path.join(out, f"{m}-fold{k}", "model.json")
        if os.path.exists(f):
            t = json.load(open(f)).get("metrics", {}).get("test")
            if t:
                rows.append((t["n"], t["mae"], t["rmse"]))
    if rows:
        n = sum(r[0] for r in rows)
        mae = sum(r[0] * r[1] for r in rows) / n
        rmse = (sum(r[0] * r[2] ** 2 for r in rows) / n) ** 0.5
        print(json.dumps({"model": m, "folds": len(rows), "n": n, "mae_log10": mae, "rmse_log10": rmse,
                          "fold_mae": [r[1] for r in rows]}))
PY

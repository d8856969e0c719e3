#!/bin/sh
# OBELiX as a screen: is a composition a fast Li-ion conductor (room-temperature sigma >= 1e-4 S/cm)?
# 5-fold cross-validation grouped by composition (the folds of obelix_cv.sh), three models on the same folds:
#   - Roost classifier: 'train roost --task classification' on the yes/no label;
#   - random forest + Magpie on the 0/1 indicator (a regression forest on 0/1 is a Gini classification
#     forest; its prediction is the fraction of 'yes' in the leaves);
#   - the random-forest classifier, 'train rf --task classification' on the yes/no label (same seed, so
#     its probabilities must equal the 0/1 forest's: the pooling script checks that);
#   - the Roost regression ensemble of obelix_cv.sh (log10 sigma), thresholded at -4, if REGDIR is given.
# Pooled metrics are computed by scikit-learn from the test predictions (independent of ionmat's own).
# Run from the repository root after the build.
# Usage: scripts/bench/obelix_classes.sh OUTDIR [ENSEMBLE] [EPOCHS] [REGDIR]   (defaults 5, 250)
set -eu
OUT=${1:?output folder}; W=${2:-5}; E=${3:-250}; REG=${4:-}
DATA=../shared/data/obelix/train.csv
EMB=../shared/data/embeddings/matscholar200.json
mkdir -p "$OUT"
/usr/bin/python3 - "$DATA" "$OUT" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
with open(sys.argv[2] + "/labels.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["True Composition", "superionic", "superionic01"])
    for r in rows:
        s = r["Ionic conductivity (S cm-1)"].strip()
        v = 1e-10 if s.startswith("<") else float(s)
        w.writerow([r["True Composition"], "yes" if v >= 1e-4 else "no", 1 if v >= 1e-4 else 0])
PY
COMMON="--data $OUT/labels.csv --formula-column 'True Composition' --cv-folds 5 --split-seed 0"
for k in 0 1 2 3 4; do
  eval ./ionmat train rf --features magpie $COMMON --target superionic01 --fold $k -o "$OUT/rf-fold$k" --json > "$OUT/rf-fold$k.json"
  eval ./ionmat train rf --task classification $COMMON --target superionic --fold $k -o "$OUT/rfc-fold$k" \
      --json > "$OUT/rfc-fold$k.json"
  eval ./ionmat train roost --task classification $COMMON --target superionic --fold $k --embedding $EMB \
      --ensemble $W --epochs $E -o "$OUT/cls-fold$k" --json > "$OUT/cls-fold$k.json" 2> "$OUT/cls-fold$k.log"
done
/usr/bin/python3 scripts/bench/obelix_classes_pool.py "$OUT" $REG

#!/bin/sh
# Learning curve on the EX band gaps (fixed 20 % test split, seed 0): test MAE against training-set size.
# Usage: scripts/bench/learning_curve.sh OUTDIR [MODEL] [extra train options...]   (MODEL: rf, linear or roost)
# (for roost, e.g. "--ensemble 1 --threads 1": one member per size)
OUT=${1:?output folder}; MODEL=${2:-rf}; shift 2 2>/dev/null
mkdir -p "$OUT"
for f in 0.05 0.1 0.2 0.4 0.7 1; do
  ./ionmat train "$MODEL" --data ../shared/data/bandgap/expt-non-metals.csv --target Eg --test-fraction 0.2 --split-seed 0 \
      --train-fraction $f -o "$OUT/$MODEL-$f" --json "$@" > "$OUT/$MODEL-$f.json" 2> "$OUT/$MODEL-$f.log"
  /usr/bin/python3 -c "import json,sys; d=json.load(open('$OUT/$MODEL-$f/model.json')); t=d['metrics']['test']; print('$MODEL', d['data']['train_rows'], round(t['mae'],4), round(t['rmse'],4))"
done
# power-law fit, extrapolation to the thesis' 3,116 training rows, and log-log plots
./ionmat learning-curve $(ls -d "$OUT/$MODEL"-*/) --at 3116 -o "$OUT/plots"

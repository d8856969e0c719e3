#!/bin/sh
# Roost accuracy parity: ionmat (DJL) members and PyTorch-in-Python members (scripts/bench/roost_pytorch.py,
# written independently from the thesis) trained with the thesis settings on exactly the same rows
# (scripts/bench/split_csv.py: random 80/20 split of the EX band gaps, seed 0), each evaluated on the
# same 623 test rows; plus ionmat members on half of the training rows (learning-curve point).
# Run from the repository root after the build. One core per job; ~15 min per PyTorch member,
# ~8 min per ionmat member on an idle core.
# Usage: scripts/bench/roost_parity.sh OUTDIR [SEEDS]   (default seeds "1 2")
set -eu
OUT=${1:?output folder}; SEEDS=${2:-"1 2"}
D=../shared/data
E=$D/embeddings/matscholar200.json
mkdir -p "$OUT"
/usr/bin/python3 scripts/bench/split_csv.py $D/bandgap/expt-non-metals.csv "$OUT/split" --seed 0
for s in $SEEDS; do
  /usr/bin/python3 scripts/bench/roost_pytorch.py --data "$OUT/split/train.csv" --test "$OUT/split/test.csv" \
      --embedding $E --epochs 250 --threads 1 --impl scatter --seed "$s" | tail -1 > "$OUT/pytorch-$s.json"
  ./ionmat train roost --data "$OUT/split/train.csv" --test "$OUT/split/test.csv" --target Eg --embedding $E \
      --ensemble 1 --epochs 250 --seed "$s" --threads 1 -o "$OUT/ionmat-$s" --json > "$OUT/ionmat-$s.json" 2>/dev/null
  ./ionmat train roost --data "$OUT/split/train.csv" --test "$OUT/split/test.csv" --target Eg --embedding $E \
      --ensemble 1 --epochs 250 --seed "$s" --threads 1 --train-fraction 0.5 -o "$OUT/ionmat-half-$s" \
      --json > "$OUT/ionmat-half-$s.json" 2>/dev/null
done
/usr/bin/python3 - "$OUT" $SEEDS <<'PY'
import json, sys
out, seeds = sys.argv[1], sys.argv[2:]
def test(p):
    return json.load(open(p))["metrics"]["test"]
for s in seeds:
    pt = json.loads(open(f"{out}/pytorch-{s}.json").read())
    io = test(f"{out}/ionmat-{s}/model.json")
    half = test(f"{out}/ionmat-half-{s}/model.json")
    print(f"seed {s}: PyTorch MAE {pt['test_mae']:.3f} RMSE {pt['test_rmse']:.3f} | ionmat MAE {io['mae']:.3f} "
          f"RMSE {io['rmse']:.3f} | ionmat on half the rows MAE {half['mae']:.3f}")
PY

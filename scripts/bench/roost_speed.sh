#!/bin/sh
# Roost training/prediction speed, one thread each: ionmat (DJL + libtorch 2.5.1) vs PyTorch-in-Python
# (scripts/bench/roost_pytorch.py, scatter and dense formulations) on the same rows, alternating so that
# machine load affects all alike; ends with medians over the rounds and the median of the per-round
# ratios (the machine's speed drifts by +-20 % between minutes, the ratios much less).
# The PyTorch side runs with OMP/OpenBLAS/MKL pinned to THREADS as well (otherwise its BLAS uses a second
# core). Run from the repository root after the build.
# Usage: scripts/bench/roost_speed.sh [LIMIT] [EPOCHS] [THREADS] [ROUNDS]
LIMIT=${1:-0}; EPOCHS=${2:-4}; THREADS=${3:-1}; ROUNDS=${4:-2}
DATA=../shared/data/bandgap/expt-non-metals.csv
EMB=../shared/data/embeddings/matscholar200.json
for r in $(seq "$ROUNDS"); do
  ./ionmat bench roost --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" --threads "$THREADS" | tail -1
  for impl in scatter dense; do
    OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS /usr/bin/python3 \
        scripts/bench/roost_pytorch.py --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" \
        --threads "$THREADS" --impl $impl 2>/dev/null | tail -1
  done
done | tee /dev/stderr | /usr/bin/python3 -c '
import json, statistics, sys
runs = [json.loads(l) for l in sys.stdin if l.startswith("{")]
names = []
for r in runs:
    if r["impl"] not in names:
        names.append(r["impl"])
rounds = [runs[i:i + len(names)] for i in range(0, len(runs), len(names))]
def med(xs):
    return statistics.median(xs)
base = names[0]
print("median over %d rounds (CPU s per epoch after the first; predictions per CPU s):" % len(rounds))
for n in names:
    t = [r["cpu_seconds_per_epoch_after_first"] for rd in rounds for r in rd if r["impl"] == n]
    p = [r["predictions_per_cpu_second"] for rd in rounds for r in rd if r["impl"] == n]
    line = "  %-20s %.3f (%.3f-%.3f)  %5.0f (%.0f-%.0f)" % (n, med(t), min(t), max(t), med(p), min(p), max(p))
    if n != base:
        tr = [[r for r in rd if r["impl"] == n][0]["cpu_seconds_per_epoch_after_first"]
              / [r for r in rd if r["impl"] == base][0]["cpu_seconds_per_epoch_after_first"] for rd in rounds]
        pr = [[r for r in rd if r["impl"] == base][0]["predictions_per_cpu_second"]
              / [r for r in rd if r["impl"] == n][0]["predictions_per_cpu_second"] for rd in rounds]
        line += "   ionmat speed relative to it: training %.2fx, prediction %.2fx (medians of per-round ratios)" % (med(tr), med(pr))
    print(line)
'

#!/bin/sh
# Roost training/prediction speed, ionmat and PyTorch-in-Python (scatter implementation) started at the
# same moment, one per core, one thread each, so that both see the same minute of the machine (whose
# speed drifts by +-20 % from minute to minute). Per round: the ratio of PyTorch's CPU seconds per epoch
# to ionmat's (training; > 1: ionmat faster) and of ionmat's predictions per CPU second to PyTorch's
# (prediction); at the end the median, quartiles and range of the per-round ratios.
# Needs 2 cores. Run from the repository root after the build.
# Usage: scripts/bench/roost_speed_side_by_side.sh [ROUNDS] [EPOCHS] [LIMIT] [OUTDIR]
set -eu
ROUNDS=${1:-12}; EPOCHS=${2:-6}; LIMIT=${3:-0}; OUT=${4:-$(mktemp -d)}
for v in "ROUNDS=$ROUNDS" "EPOCHS=$EPOCHS" "LIMIT=$LIMIT"; do
  case "${v#*=}" in ''|*[!0-9]*) echo "roost_speed_side_by_side.sh: ${v%%=*} must be a whole number, got '${v#*=}'" >&2; exit 2;; esac
done
[ "$ROUNDS" -ge 1 ] && [ "$EPOCHS" -ge 2 ] || { echo "roost_speed_side_by_side.sh: need ROUNDS >= 1 and EPOCHS >= 2" >&2; exit 2; }
DATA=../shared/data/bandgap/expt-non-metals.csv
EMB=../shared/data/embeddings/matscholar200.json
mkdir -p "$OUT"
for r in $(seq "$ROUNDS"); do
  ./ionmat bench roost --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" --threads 1 \
      2>/dev/null | tail -1 > "$OUT/ionmat_$r.json" &
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 /usr/bin/python3 scripts/bench/roost_pytorch.py \
      --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" --threads 1 --impl scatter \
      2>/dev/null | tail -1 > "$OUT/pytorch_$r.json" &
  wait
done
/usr/bin/python3 - "$OUT" "$ROUNDS" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
train, pred = [], []
print("round  ionmat s/epoch  PyTorch s/epoch  training ratio  ionmat pred/s  PyTorch pred/s  prediction ratio")
for r in range(1, rounds + 1):
    a = json.load(open("%s/ionmat_%d.json" % (out, r)))
    b = json.load(open("%s/pytorch_%d.json" % (out, r)))
    t = b["cpu_seconds_per_epoch_after_first"] / a["cpu_seconds_per_epoch_after_first"]
    p = a["predictions_per_cpu_second"] / b["predictions_per_cpu_second"]
    train.append(t); pred.append(p)
    print("%5d  %14.3f  %15.3f  %14.3f  %13.0f  %14.0f  %16.3f" % (r, a["cpu_seconds_per_epoch_after_first"],
          b["cpu_seconds_per_epoch_after_first"], t, a["predictions_per_cpu_second"], b["predictions_per_cpu_second"], p))
def summary(xs):
    q = statistics.quantiles(xs, n=4) if len(xs) > 1 else [xs[0]] * 3
    return "median %.3f, quartiles %.3f-%.3f, range %.3f-%.3f" % (statistics.median(xs), q[0], q[2], min(xs), max(xs))
print("ionmat speed relative to PyTorch (> 1: faster), %d rounds:" % rounds)
print("  training   " + summary(train))
print("  prediction " + summary(pred))
PY

#!/bin/sh
# Roost ensemble training throughput on this machine (all cores), all 3,116 EX rows, thesis settings:
#   ionmat        ./ionmat train roost --ensemble 2 (default: members in parallel, one thread each)
#   PyTorch x2    two scripts/bench/roost_pytorch.py processes at once, one thread each
#   PyTorch       one roost_pytorch.py process with PyTorch's default threads (all cores), as aviary runs
#                 its members one after another
# and the wall time a 10-member x 250-epoch ensemble would take at that throughput.
# Run from the repository root after the build, on an otherwise idle machine.
# MODE side: ionmat and the two PyTorch processes run at the same time (four busy threads on two cores,
# each getting an equal share), so that both see the same minutes of the machine; PyTorch's default is
# skipped. The per-member epoch times then compare the two under equal sharing (each about twice its
# time when run apart, so only the ratio on the last line carries over).
# Usage: scripts/bench/roost_ensemble_speed.sh [EPOCHS] [OUTDIR] [MODE: apart (default) | side]
set -eu
EPOCHS=${1:-4}; OUT=${2:-$(mktemp -d)}; MODE=${3:-apart}
case "$EPOCHS" in ''|*[!0-9]*) echo "roost_ensemble_speed.sh: EPOCHS must be a whole number, got '$EPOCHS'" >&2; exit 2;; esac
# the first epoch (JIT warm-up, heap growth) is not counted, and the second is still warming up
[ "$EPOCHS" -ge 3 ] || { echo "roost_ensemble_speed.sh: EPOCHS must be at least 3, got $EPOCHS" >&2; exit 2; }
case "$MODE" in apart|side) ;; *) echo "roost_ensemble_speed.sh: MODE must be apart or side, got '$MODE'" >&2; exit 2;; esac
DATA=../shared/data/bandgap/expt-non-metals.csv
EMB=../shared/data/embeddings/matscholar200.json
mkdir -p "$OUT"
PT="/usr/bin/python3 scripts/bench/roost_pytorch.py --data $DATA --embedding $EMB --epochs $EPOCHS --impl scatter"
rm -rf "$OUT/ionmat" "$OUT/ptn.log"
ionmat_ensemble() {
  ./ionmat train roost --data "$DATA" --target Eg --embedding "$EMB" --ensemble 2 --epochs "$EPOCHS" -o "$OUT/ionmat" \
      2> "$OUT/ionmat.log" > /dev/null
}
if [ "$MODE" = side ]; then ionmat_ensemble & else ionmat_ensemble; fi
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $PT --threads 1 --seed 1 2>/dev/null > "$OUT/pt1.log" &
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $PT --threads 1 --seed 2 2>/dev/null > "$OUT/pt2.log" &
wait
NPROC=$(nproc)
[ "$MODE" = side ] || $PT --threads "$NPROC" 2>/dev/null > "$OUT/ptn.log"
/usr/bin/python3 - "$OUT" "$NPROC" <<'PY'
import json, os, re, statistics, sys
out, nproc = sys.argv[1], int(sys.argv[2])
def epochs_pt(path):
    rows = [json.loads(l) for l in open(path) if l.startswith('{"epoch"')]
    return [r["seconds"] for r in rows[1:]]
ion = [float(m.group(2)) for m in re.finditer(r"epoch (\d+)/\d+ loss \S+ \(([\d.]+) s\)", open(out + "/ionmat.log").read())
       if m.group(1) != "1"]
rows = [("ionmat, 2 members at once, 1 thread each", statistics.median(ion), 2),
        ("PyTorch, 2 processes at once, 1 thread each", statistics.median(epochs_pt(out + "/pt1.log") + epochs_pt(out + "/pt2.log")), 2)]
if os.path.exists(out + "/ptn.log"):
    rows.append(("PyTorch, 1 process, %d threads" % nproc, statistics.median(epochs_pt(out + "/ptn.log")), 1))
print("%-48s %14s %22s %22s" % ("", "s/epoch/member", "member-epochs/minute", "10 x 250 epochs (h)"))
for name, s, par in rows:
    rate = par / s
    print("%-48s %14.2f %22.1f %22.2f" % (name, s, 60 * rate, 2500 / rate / 3600))
print("ionmat relative to two single-threaded PyTorch processes (> 1: faster): %.3f" % (rows[1][1] / rows[0][1]))
PY

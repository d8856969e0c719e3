#!/bin/sh
# Roost training/prediction speed: ionmat (DJL + libtorch 2.5.1) vs PyTorch-in-Python on the same rows,
# alternating the two so that machine load affects both alike. Run from the repository root after
# 'mvn -q -DskipTests package'. The PyTorch side runs with OMP/OpenBLAS/MKL pinned to THREADS as well (otherwise
# its BLAS uses a second core). Usage: scripts/bench/roost_speed.sh [LIMIT] [EPOCHS] [THREADS] [ROUNDS]
LIMIT=${1:-0}; EPOCHS=${2:-4}; THREADS=${3:-1}; ROUNDS=${4:-2}
DATA=../shared/data/bandgap/expt-non-metals.csv
EMB=../shared/data/embeddings/matscholar200.json
for r in $(seq "$ROUNDS"); do
  ./ionmat bench roost --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" --threads "$THREADS" | tail -1
  OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS /usr/bin/python3 scripts/bench/roost_pytorch.py --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" \
      --threads "$THREADS" --impl scatter | tail -1
  OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS /usr/bin/python3 scripts/bench/roost_pytorch.py --data "$DATA" --embedding "$EMB" --limit "$LIMIT" --epochs "$EPOCHS" \
      --threads "$THREADS" --impl dense | tail -1
done

#!/usr/bin/env bash
# BVSE migration barriers: ionmat against BVlain 0.24.8 on the 53 ordered Li-containing OBELiX CIFs
# that BVlain handles (Li+, r_cut 10 Å, resolution 0.2 Å, k = 100, encut 5 eV). BVlain itself is not
# installable here (PyPI is not reachable), so its barriers and time_total_s (bvse_distribution +
# percolation_barriers, measured on a 2-core machine) come from ../shared/data/bvlain/reference_train.json.
# ionmat is timed on the same structures and grids (landscape + barriers, after one warm-up pass),
# wall and CPU time. Run it on an otherwise idle machine: the wall ratio is meaningless under load.
# Needs the build (mvn -q -DskipTests package).
# Usage: scripts/bench/bvse_bvlain.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:-../shared/data}
echo "== machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1)"
./ionmat bench bvse "$DATA" --warmup 1

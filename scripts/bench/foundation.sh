#!/usr/bin/env bash
# Side-by-side benchmarks of the foundation issue, in one run on this machine:
#  1. reading all OBELiX CIFs: ionmat vs pymatgen Structure.from_file and ASE ase.io.read;
#  2. 6 Å neighbor lists on Li2O supercells (1k..100k atoms): ionmat vs ASE neighbor_list and
#     pymatgen Structure.get_neighbor_list, on identical coordinates.
# Needs the build (mvn -q -DskipTests package) and Debian's python3-pymatgen and python3-ase.
# Usage: scripts/bench/foundation.sh [--quick]   (--quick: neighbor lists up to 20k atoms only)
set -euo pipefail
cd "$(dirname "$0")/../.."
CIFS=../shared/data/obelix/cifs
SIZES=4x4x5,7x7x9,12x12x12,16x16x16,20x20x21
if [[ "${1:-}" == "--quick" ]]; then SIZES=4x4x5,7x7x9,12x12x12; fi
echo "== machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1)"
echo
echo "== CIF parsing, $CIFS"
/usr/bin/time -f "ionmat whole process (JVM start + cold pass + 5 warm passes): %e s wall" \
  ./ionmat bench cif "$CIFS" --repeat 5
/usr/bin/python3 scripts/bench/cif_parse_peers.py "$CIFS" --repeat 3
echo
echo "== neighbor lists, cutoff 6 Å, supercells $SIZES"
./ionmat bench neighbors --sizes "$SIZES" --repeat 3
/usr/bin/python3 scripts/bench/neighbors_peers.py --reps "${PEER_REPS:-2}" --sizes "$SIZES"

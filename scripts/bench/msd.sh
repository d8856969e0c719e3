#!/usr/bin/env bash
# MSD of 100k-frame trajectories: ionmat (FFT MSD, 1 and 2 threads) vs MDAnalysis EinsteinMSD(fft=True),
# same positions (a seeded random walk written once by msd_peers.py).
# Needs the build (mvn -q -DskipTests package) and Debian's python3-mdanalysis.
# Usage: scripts/bench/msd.sh [ATOMS...]   (default 16 64 256)
set -euo pipefail
cd "$(dirname "$0")/../.."
ATOMS=${*:-16 64 256}
FRAMES=100000
TMP=${TMPDIR:-/tmp}/ionmat-msd-bench
mkdir -p "$TMP"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $ATOMS; do
  f="$TMP/walk_${FRAMES}x${n}.f64"
  /usr/bin/python3 scripts/bench/msd_peers.py "$f" "$FRAMES" "$n" --reps 3
  ./ionmat bench msd "$f" --frames "$FRAMES" --atoms "$n" --repeat 3
done

#!/usr/bin/env bash
# End-to-end superionic example: Li2O (rigid-ion Buckingham + DSF Coulomb, 3x3x3 cells, 324 atoms,
# the experimental room-temperature cell a = 4.6114 A) in NVT at four temperatures with ionmat, the
# diffusion analysis (D(T), Arrhenius Ea, sigma(300 K) with error bars and plots), and the same
# potential and protocol in LAMMPS, analysed by the same 'ionmat diffusion'.
# Usage (from the repository root, after the build): examples/superionic/run.sh [OUT]   (~20 min on 2 cores)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=../..
OUT=${1:-/tmp/ionmat-superionic}
TEMPS="1200 1400 1600 1800"
POT=$ROOT/examples/potentials/li2o_buckingham_dsf.json
mkdir -p "$OUT"
# ionmat: the four temperatures run as parallel jobs
$ROOT/ionmat md $ROOT/examples/Li2O.cif --supercell 3 --potential $POT --ensemble nvt \
  -T "$(echo $TEMPS | tr ' ' ,)" --equilibrate 5ps --time 40ps --dt 1fs --stride 20fs --seed 1 \
  --no-progress -o "$OUT/ionmat" --json > "$OUT/md.json"
$ROOT/ionmat diffusion "$OUT/ionmat" --ion Li -o "$OUT/diffusion-ionmat" --json > "$OUT/diffusion-ionmat.json"
# LAMMPS (skipped with a message when lmp is not installed: apt-get install lammps)
if command -v lmp > /dev/null; then
  $ROOT/ionmat convert $ROOT/examples/Li2O.cif "$OUT/Li2O-333.lmp" --supercell 3 --atom-style charge
  ARGS=()
  for T in $TEMPS; do
    lmp -in in.li2o_nvt.lammps -var T $T -var SEED $((T + 7)) -var DATA "$OUT/Li2O-333.lmp" \
        -var OUT "$OUT/lammps-$T.dump" -log "$OUT/lammps-$T.log" -screen none &
    ARGS+=(--temperature $T "$OUT/lammps-$T.dump")
    # two at a time
    if (( $(jobs -r | wc -l) >= 2 )); then wait -n; fi
  done
  wait
  $ROOT/ionmat diffusion "${ARGS[@]}" --dt 20fs --lammps-types 1=Li,2=O --ion Li -o "$OUT/diffusion-lammps" \
    --json > "$OUT/diffusion-lammps.json"
  /usr/bin/python3 compare.py "$OUT/diffusion-ionmat.json" "$OUT/diffusion-lammps.json"
else
  echo "lmp not found: LAMMPS side skipped (apt-get install lammps)"
fi

#!/usr/bin/env bash
# Regenerates the LAMMPS MSD golden data of ionmat-analysis (MsdLammpsGoldenTest):
#   LAMMPS (Debian lammps, /usr/bin/lmp) runs in.msd; MDAnalysis (Debian python3-mdanalysis) computes
#   the time-origin-averaged MSD of the unwrapped dump with EinsteinMSD (fft=False, the direct
#   windowed average). Only the wrapped dump (gzipped), LAMMPS's compute msd and the MDAnalysis MSD
#   are committed.
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../ionmat-analysis/src/test/resources/golden/lammps_msd
mkdir -p "$OUT"
WORK=$(mktemp -d)
cp in.msd "$WORK"
(cd "$WORK" && lmp -in in.msd -log log.lammps -screen none)
gzip -9 -c "$WORK/probe_wrapped.dump" > "$OUT/probe_wrapped.dump.gz"
cp "$WORK/msd_lammps.txt" "$OUT/msd_lammps.txt"
/usr/bin/python3 - "$WORK/probe_unwrapped.dump" "$OUT/msd_mdanalysis.txt" <<'PY'
import sys
import MDAnalysis as mda
from MDAnalysis.analysis.msd import EinsteinMSD
u = mda.Universe(sys.argv[1], format="LAMMPSDUMP", lammps_coordinate_convention="unwrapped", dt=0.1)
m = EinsteinMSD(u, select="all", msd_type="xyz", fft=False)
m.run()
with open(sys.argv[2], "w") as f:
    f.write("# MDAnalysis %s EinsteinMSD(fft=False, msd_type='xyz') of the 32 probe atoms; lag (frames), MSD (A^2)\n" % mda.__version__)
    for i, v in enumerate(m.results.timeseries):
        f.write("%d %.12g\n" % (i, v))
PY
rm -rf "$WORK"
ls -l "$OUT"

#!/usr/bin/env python3
"""MSD of a long trajectory: MDAnalysis EinsteinMSD(fft=True) on the same positions as 'ionmat bench msd'.

Writes a seeded random walk (float64, frames x atoms x 3, little-endian) to FILE if it does not exist,
then times EinsteinMSD(msd_type='xyz', fft=True).run() on an in-memory Universe (MemoryReader) and
prints the MSD at a few lags so the two programs can be compared.
Needs Debian's python3-mdanalysis; tidynamics (not in Debian) is replaced by scripts/bench/tidynamics_shim.
Usage: msd_peers.py FILE FRAMES ATOMS [--reps N]
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "tidynamics_shim"))
import warnings
warnings.filterwarnings("ignore")
import numpy as np
import MDAnalysis as mda
from MDAnalysis.coordinates.memory import MemoryReader
from MDAnalysis.analysis.msd import EinsteinMSD

path, frames, atoms = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
reps = int(sys.argv[sys.argv.index("--reps") + 1]) if "--reps" in sys.argv else 3
if not os.path.exists(path):
    rng = np.random.default_rng(42)
    x = np.cumsum(rng.normal(0.0, 0.1, size=(frames, atoms, 3)), axis=0)
    x.astype("<f8").tofile(path)
x = np.fromfile(path, dtype="<f8").reshape(frames, atoms, 3)
u = mda.Universe.empty(atoms, trajectory=True)
u.load_new(x.astype(np.float32), format=MemoryReader, dt=1.0)
times = []
for _ in range(reps):
    m = EinsteinMSD(u, select="all", msd_type="xyz", fft=True)
    t0 = time.perf_counter()
    m.run()
    times.append(time.perf_counter() - t0)
ts = m.results.timeseries
print("MDAnalysis %s EinsteinMSD(fft=True): %d frames x %d atoms: best %.3f s, median %.3f s; MSD[1]=%.6g MSD[%d]=%.6g"
      % (mda.__version__, frames, atoms, min(times), sorted(times)[len(times) // 2], ts[1], frames // 2, ts[frames // 2]))

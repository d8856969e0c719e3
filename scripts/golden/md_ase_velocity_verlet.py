#!/usr/bin/env python3
"""Golden NVE trajectory from ASE's VelocityVerlet for ionmat's MD engine test.

108 argon atoms (fcc, a = 5.26 Å, rattled), ASE LennardJones(sigma=3.4, epsilon=0.0104, rc=7.5,
smooth=False) i.e. energy-shifted at the cutoff, time step 2 fs, 200 steps, velocities from a fixed
numpy seed given in Å/ps. Writes positions/velocities (Å, Å/ps) at steps 0, 50, 100, 200 and the
energies at every 10th step.

Usage: /usr/bin/python3 scripts/golden/md_ase_velocity_verlet.py \
         > ionmat-simulate/src/test/resources/golden/ase_velocity_verlet_ar108.json
"""
import json
import sys

import numpy as np
from ase import units
from ase.build import bulk
from ase.calculators.lj import LennardJones
from ase.md.verlet import VelocityVerlet

atoms = bulk("Ar", "fcc", a=5.26, cubic=True).repeat((3, 3, 3))
rng = np.random.default_rng(7)
atoms.positions += rng.uniform(-0.1, 0.1, atoms.positions.shape)
masses = atoms.get_masses()
kT = units.kB * 40.0  # eV
v_ps = rng.normal(size=(len(atoms), 3)) * np.sqrt(kT / masses[:, None] * 9648.533212331)  # Å/ps
v_ps -= (masses[:, None] * v_ps).sum(0) / masses.sum()
ps = 1000 * units.fs  # one ps in ASE time units
atoms.set_velocities(v_ps / ps)
atoms.calc = LennardJones(sigma=3.4, epsilon=0.0104, rc=7.5, smooth=False)

out = {"ase_version": __import__("ase").__version__, "timestep_fs": 2.0, "cell": atoms.cell[:].tolist(),
       "symbols": atoms.get_chemical_symbols(), "masses": masses.tolist(), "frames": {}, "energies": []}


def record(step):
    if step % 10 == 0:
        out["energies"].append([step, atoms.get_potential_energy(), atoms.get_kinetic_energy()])
    if step in (0, 50, 100, 200):
        out["frames"][str(step)] = {"positions": atoms.positions.tolist(),
                                    "velocities": (atoms.get_velocities() * ps).tolist()}


dyn = VelocityVerlet(atoms, timestep=2.0 * units.fs)
record(0)
for step in range(1, 201):
    dyn.run(1)
    record(step)
json.dump(out, sys.stdout)

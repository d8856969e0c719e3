#!/usr/bin/python3
"""Writes the peer-produced sample files for the file-format tests of ionmat-core.

Files written by ASE 3.22.1 (ase/) and by LAMMPS 29 Sep 2021 (lammps/) into
ionmat-core/src/test/resources/io/. Run once from the repository root; the outputs are committed.

    /usr/bin/python3 scripts/golden/make_format_samples.py

The structures are made up (seeded random positions in a triclinic cell, no physics intended);
what matters is that a peer tool wrote the files.
"""
import os
import subprocess
import sys

import numpy as np
from ase import Atoms
from ase.calculators.singlepoint import SinglePointCalculator
from ase.io import write
from ase.io.lammpsdata import write_lammps_data
from ase.io.vasp import write_vasp, write_vasp_xdatcar

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RES = os.path.join(ROOT, "ionmat-core", "src", "test", "resources", "io")


def cell_from_parameters(a, b, c, alpha, beta, gamma):
    al, be, ga = np.radians([alpha, beta, gamma])
    cx = np.cos(be)
    cy = (np.cos(al) - np.cos(be) * np.cos(ga)) / np.sin(ga)
    return np.array([[a, 0, 0], [b * np.cos(ga), b * np.sin(ga), 0],
                     [c * cx, c * cy, c * np.sqrt(1 - cx * cx - cy * cy)]])


def random_rotation(rng):
    q, r = np.linalg.qr(rng.normal(size=(3, 3)))
    q = q @ np.diag(np.sign(np.diag(r)))
    if np.linalg.det(q) < 0:
        q[:, 0] *= -1
    return q


def spread_positions(rng, cell, n, dmin):
    frac = []
    while len(frac) < n:
        f = rng.random(3)
        ok = True
        for g in frac:
            d = f - g
            d -= np.round(d)
            if np.linalg.norm(d @ cell) < dmin:
                ok = False
                break
        if ok:
            frac.append(f)
    return np.array(frac)


def main():
    os.chdir(RES)  # relative names: ASE writes the file name into the first line of data files
    rng = np.random.default_rng(20240601)
    base = cell_from_parameters(5.1, 5.6, 6.3, 84.0, 97.0, 103.0)
    cell = base @ random_rotation(rng).T  # general orientation: not LAMMPS' lower-triangular form
    symbols = ["Li"] * 4 + ["Ge"] * 2 + ["O"] * 8
    frac = spread_positions(rng, cell, len(symbols), 1.6)
    atoms = Atoms(symbols, scaled_positions=frac, cell=cell, pbc=True)

    os.makedirs(os.path.join(RES, "ase"), exist_ok=True)
    write_vasp(os.path.join("ase", "Li4Ge2O8.vasp"), atoms, direct=True, vasp5=True,
               label="Li4Ge2O8 made-up triclinic")
    write_vasp(os.path.join("ase", "Li4Ge2O8_cart.vasp"), atoms, direct=False, vasp5=True,
               label="Li4Ge2O8 Cartesian")
    write_vasp(os.path.join("ase", "Li4Ge2O8_vasp4.vasp"), atoms, direct=True, vasp5=False,
               label="Li Ge O")

    # selective dynamics written by ASE from constraints: atom 0 fixed, atom 1 fixed along b only
    from ase.constraints import FixAtoms, FixScaled
    sel = atoms.copy()
    sel.set_constraint([FixAtoms(indices=[0]), FixScaled(sel.cell, 1, [False, True, False])])
    write_vasp(os.path.join("ase", "selective.vasp"), sel, direct=True, vasp5=True, label="selective")

    # XDATCAR: three frames, fixed cell
    frames = []
    for k in range(3):
        a = atoms.copy()
        a.positions += rng.normal(scale=0.05, size=a.positions.shape)
        frames.append(a)
    with open(os.path.join("ase", "XDATCAR"), "w") as fd:
        write_vasp_xdatcar(fd, frames, label="Li4Ge2O8 md")

    # extended XYZ: energies, forces, stress, extra columns and info, varying cell and composition
    xyz = []
    for k in range(2):
        a = atoms.copy()
        strain = np.eye(3) + rng.normal(scale=0.01, size=(3, 3))
        a.set_cell(a.cell @ strain, scale_atoms=True)
        a.positions += rng.normal(scale=0.03, size=a.positions.shape)
        a.set_initial_magnetic_moments(rng.normal(size=len(a)))
        a.set_tags(np.arange(len(a)) % 3)
        calc = SinglePointCalculator(a, energy=-50.0 - k * 1.2345678901,
                                     forces=rng.normal(size=(len(a), 3)),
                                     stress=rng.normal(scale=0.01, size=6))
        a.calc = calc
        a.info["config_type"] = "bulk md"
        a.info["temperature"] = 600 + 100 * k
        xyz.append(a)
    li2o = Atoms("Li8O4", scaled_positions=[
        [0.25, 0.25, 0.25], [0.75, 0.75, 0.25], [0.75, 0.25, 0.75], [0.25, 0.75, 0.75],
        [0.75, 0.75, 0.75], [0.25, 0.25, 0.75], [0.25, 0.75, 0.25], [0.75, 0.25, 0.25],
        [0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]], cell=[4.61, 4.61, 4.61], pbc=True)
    li2o.calc = SinglePointCalculator(li2o, energy=-14.25, forces=np.zeros((12, 3)),
                                      stress=np.array([0.001, 0.001, 0.001, 0, 0, 0]))
    li2o.info["config_type"] = "Li2O"
    xyz.append(li2o)
    write(os.path.join("ase", "frames.extxyz"), xyz, format="extxyz")

    # LAMMPS data files written by ASE (no Masses section: types need a map)
    charged = atoms.copy()
    charged.set_initial_charges([1.0 if s == "Li" else 4.0 if s == "Ge" else -1.5 for s in symbols])
    with open(os.path.join("ase", "charge.data"), "w") as fd:
        write_lammps_data(fd, charged, specorder=["Li", "Ge", "O"], atom_style="charge")
    with open(os.path.join("ase", "atomic.data"), "w") as fd:
        write_lammps_data(fd, atoms, specorder=["Li", "Ge", "O"], atom_style="atomic")

    # LAMMPS: short NPT run from ASE's charge data file -> triclinic, variable-cell dump and a
    # LAMMPS-written data file (Masses, image flags, Velocities)
    os.makedirs(os.path.join(RES, "lammps"), exist_ok=True)
    script = """
units metal
atom_style charge
boundary p p p
read_data {data}
mass 1 6.941
mass 2 72.64
mass 3 15.9994
pair_style lj/cut 4.0
pair_coeff * * 0.002 1.8
velocity all create 600.0 4928459 dist gaussian
timestep 0.001
fix 1 all npt temp 600 600 0.1 tri 0.0 0.0 1.0
dump 1 all custom 10 {dump} id type element x y z ix iy iz vx vy vz fx fy fz q
dump_modify 1 element Li Ge O
run 20
write_data {out}
""".format(data=os.path.join("ase", "charge.data"), dump=os.path.join("lammps", "npt.lammpstrj"),
           out=os.path.join("lammps", "written.data"))
    subprocess.run(["lmp", "-log", "none", "-screen", "none"], input=script.encode(), check=True)
    print("samples written to", RES)


if __name__ == "__main__":
    sys.exit(main())

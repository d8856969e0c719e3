#!/usr/bin/env python3
"""Golden values for Niggli and LLL lattice reduction (ionmat LatticeReductionGoldenTest).

Generates random, deliberately skewed and symmetric lattices and records, for each input matrix
(rows a, b, c in Å), the Niggli-reduced cell parameters computed by pymatgen
(Lattice.get_niggli_reduced_lattice, tol 1e-5) and by ASE (ase.build.tools.niggli_reduce_cell), and the
LLL-reduced matrix of pymatgen (Lattice.get_lll_reduced_lattice, delta 0.75).

Run with the system Python (pymatgen 2022.11.7, ASE 3.22.1):
    /usr/bin/python3 scripts/golden/lattice_reduction.py \
        > ionmat-core/src/test/resources/golden/lattice_reduction.csv
"""
import sys

import numpy as np
from ase.build.tools import niggli_reduce_cell
from ase.geometry import cell_to_cellpar
from pymatgen.core import Lattice

rng = np.random.default_rng(20240611)


def random_rotation():
    q, r = np.linalg.qr(rng.normal(size=(3, 3)))
    q = q @ np.diag(np.sign(np.diag(r)))
    if np.linalg.det(q) < 0:
        q[:, 0] = -q[:, 0]
    return q


def random_unimodular(steps, max_mult):
    """Product of elementary integer row operations (det +1), optionally with a sign flip pair."""
    t = np.eye(3, dtype=np.int64)
    for _ in range(steps):
        i, j = rng.choice(3, size=2, replace=False)
        k = int(rng.integers(-max_mult, max_mult + 1))
        e = np.eye(3, dtype=np.int64)
        e[i, j] = k
        t = e @ t
    if rng.random() < 0.5:
        i, j = rng.choice(3, size=2, replace=False)
        t[[i, j]] = t[[j, i]]  # det -1: left-handed bases are valid input too
    return t


def random_cell():
    while True:
        a, b, c = rng.uniform(2.0, 15.0, size=3)
        al, be, ga = rng.uniform(40.0, 140.0, size=3)
        try:
            m = Lattice.from_parameters(a, b, c, al, be, ga).matrix
        except Exception:
            continue
        if abs(np.linalg.det(m)) > 0.05 * a * b * c:
            return m


def symmetric_cells():
    """Cells with exact equalities among the Niggli parameters (the hard cases)."""
    cells = []
    a = 4.0
    cells.append(np.eye(3) * a)                                        # cubic P
    cells.append(0.5 * a * np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]]))  # cubic F primitive
    cells.append(0.5 * a * np.array([[-1, 1, 1], [1, -1, 1], [1, 1, -1]]))  # cubic I primitive
    cells.append(Lattice.hexagonal(3.2, 5.1).matrix)
    cells.append(Lattice.tetragonal(3.9, 7.3).matrix)
    cells.append(Lattice.rhombohedral(5.0, 70.0).matrix)
    cells.append(Lattice.rhombohedral(5.0, 100.0).matrix)
    cells.append(Lattice.orthorhombic(3.1, 4.7, 6.2).matrix)
    cells.append(Lattice.monoclinic(5.1, 6.3, 7.7, 104.0).matrix)
    cells.append(Lattice.from_parameters(5.0, 5.0, 5.0, 60, 60, 60).matrix)
    cells.append(Lattice.from_parameters(5.0, 5.0, 7.0, 90, 90, 60).matrix)
    cells.append(Lattice.from_parameters(5.0, 6.0, 7.0, 90, 90, 120).matrix)
    cells.append(Lattice.from_parameters(4.0, 4.0, 9.0, 80, 80, 100).matrix)
    # tetragonal I primitive and orthorhombic C/F primitive settings
    t = np.diag([3.5, 3.5, 8.0])
    cells.append(0.5 * np.array([[-1, 1, 1], [1, -1, 1], [1, 1, -1]]) @ t)
    o = np.diag([3.0, 4.0, 5.0])
    cells.append(np.array([[0.5, 0.5, 0], [-0.5, 0.5, 0], [0, 0, 1]]) @ o)
    cells.append(0.5 * np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]]) @ o)
    return cells


def main():
    inputs = []
    for _ in range(120):                      # random general cells, as generated
        inputs.append(("random", random_cell()))
    for _ in range(120):                      # random cells made very skewed
        m = random_cell()
        inputs.append(("skewed", random_unimodular(int(rng.integers(3, 9)), 4) @ m))
    for m in symmetric_cells():               # symmetric cells, rotated and skewed
        for _ in range(4):
            inputs.append(("symmetric", random_unimodular(int(rng.integers(2, 7)), 3) @ (m @ random_rotation().T)))
        inputs.append(("symmetric", m))

    print("# kind,m00,m01,m02,m10,m11,m12,m20,m21,m22,"
          "pmg_a,pmg_b,pmg_c,pmg_alpha,pmg_beta,pmg_gamma,"
          "ase_a,ase_b,ase_c,ase_alpha,ase_beta,ase_gamma,"
          "lll00,lll01,lll02,lll10,lll11,lll12,lll20,lll21,lll22")
    disagree = 0
    for kind, m in inputs:
        lat = Lattice(m)
        p = lat.get_niggli_reduced_lattice().parameters
        cell, _ = niggli_reduce_cell(m)
        q = cell_to_cellpar(cell)
        if not np.allclose(p, q, atol=1e-6):
            disagree += 1
            print(f"pymatgen and ASE disagree on {m.tolist()}: {p} vs {q}", file=sys.stderr)
        lll = lat.get_lll_reduced_lattice(0.75).matrix
        row = [kind] + [repr(float(x)) for x in np.asarray(m).ravel()]
        row += [repr(float(x)) for x in p] + [repr(float(x)) for x in q]
        row += [repr(float(x)) for x in lll.ravel()]
        print(",".join(row))
    print(f"{len(inputs)} cells, {disagree} pymatgen/ASE disagreements", file=sys.stderr)


if __name__ == "__main__":
    main()

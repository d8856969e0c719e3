#!/usr/bin/python3
"""Golden neighbor lists from ASE's neighbor_list and pymatgen's Structure.get_neighbor_list, for
org.ionmat.core.neighbors.NeighborGoldenTest.

Writes ionmat-core/src/test/resources/golden/neighbors_ase.json: for each case the lattice (rows,
Å), Cartesian positions (Å, some outside the cell), the cutoff (Å) and, per peer, the full pair list
(i, j, S flattened 3 per pair, d in Å). Run from the repository root:

    /usr/bin/python3 scripts/golden/neighbors_ase.py

Peers: ASE 3.22.1 (pairs with d < cutoff), pymatgen 2022.11.7 (d <= cutoff + 1e-8, exclude_self).
No distance in these cases lies within 1e-6 Å of its cutoff, so the conventions do not matter.
"""
import json
import os

import numpy as np
import ase
from ase.neighborlist import neighbor_list
import pymatgen.core
from pymatgen.core import Lattice, Structure

OUT = os.path.join("ionmat-core", "src", "test", "resources", "golden", "neighbors_ase.json")


def params_matrix(a, b, c, alpha, beta, gamma):
    return Lattice.from_parameters(a, b, c, alpha, beta, gamma).matrix


def cases():
    rng = np.random.default_rng(20240611)
    out = []

    a = 4.61
    frac = [[0, 0, 0], [0, .5, .5], [.5, 0, .5], [.5, .5, 0]]
    frac += [[f[0] + .25, f[1] + .25, f[2] + .25] for f in frac[:4]]
    frac += [[f[0] + .75, f[1] + .75, f[2] + .75] for f in frac[:4]]
    lat = np.diag([a, a, a])
    out.append(("li2o_conventional", lat, np.array(frac) @ lat, ["O"] * 4 + ["Li"] * 8, 5.0))

    lat = params_matrix(3.2, 4.1, 5.3, 77, 101, 113)
    frac = rng.uniform(-0.5, 1.5, size=(7, 3))
    out.append(("triclinic_random_outside_cell", lat, frac @ lat, ["Na"] * 7, 4.5))

    lat = params_matrix(1.9, 2.1, 2.4, 85, 95, 105)
    frac = rng.uniform(-1.0, 2.0, size=(2, 3))
    out.append(("tiny_cell_cutoff_3x_cell", lat, frac @ lat, ["Li", "F"], 7.0))

    lat = params_matrix(2.9, 2.9, 4.7, 90, 90, 120)
    out.append(("single_atom_hexagonal", lat, np.array([[0.4, -0.3, 2.0]]), ["Mg"], 6.0))

    lat = np.array([[5.0, 0.0, 0.0], [4.7, 1.1, 0.0], [4.4, 0.9, 1.3]])
    frac = rng.uniform(0.0, 1.0, size=(3, 3))
    out.append(("strongly_sheared", lat, frac @ lat, ["O", "O", "Si"], 3.5))

    h = 3.61 / 2
    lat = np.array([[0, h, h], [h, 0, h], [h, h, 0]])
    out.append(("fcc_primitive", lat, np.array([[0.0, 0.0, 0.0]]), ["Cu"], 4.5))
    return out


def main():
    data = {
        "provenance": f"scripts/golden/neighbors_ase.py with ASE {ase.__version__}, "
                      f"pymatgen {pymatgen.core.__version__}, numpy {np.__version__}",
        "cases": [],
    }
    for name, lat, cart, species, cutoff in cases():
        atoms = ase.Atoms(symbols=species, positions=cart, cell=lat, pbc=True)
        i, j, S, d = neighbor_list("ijSd", atoms, cutoff)
        s = Structure(Lattice(lat), species, cart, coords_are_cartesian=True)
        pi, pj, pS, pd = s.get_neighbor_list(cutoff)
        data["cases"].append({
            "name": name,
            "lattice": np.asarray(lat).tolist(),
            "cart": np.asarray(cart).tolist(),
            "cutoff": cutoff,
            "ase": {"i": i.tolist(), "j": j.tolist(), "S": np.asarray(S).reshape(-1).astype(int).tolist(),
                    "d": d.tolist()},
            "pymatgen": {"i": pi.tolist(), "j": pj.tolist(),
                         "S": np.asarray(pS).reshape(-1).astype(int).tolist(), "d": pd.tolist()},
        })
        print(f"{name}: ASE {len(i)} pairs, pymatgen {len(pi)} pairs")
    with open(OUT, "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", OUT, os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()

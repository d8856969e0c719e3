#!/usr/bin/env python3
"""Golden values for the Ewald summation (ionmat EwaldGoldenTest).

For several ordered, disordered and charged structures with oxidation states, records the lattice,
sites (species with occupancies, fractional coordinates), the occupancy-weighted charges and
pymatgen's EwaldSummation results (acc_factor 12): total, real, reciprocal, point (self) and
charged-cell energies in eV, and the per-site energies for neutral cells.

    /usr/bin/python3 scripts/golden/ewald.py > ionmat-core/src/test/resources/golden/ewald_pymatgen.json
"""
import json
import warnings

import numpy as np
from pymatgen.analysis.ewald import EwaldSummation, compute_average_oxidation_state
from pymatgen.core import Lattice, Structure

warnings.simplefilter("ignore")
rng = np.random.default_rng(7)
np.random.seed(7)  # Structure.perturb draws from the global generator


def random_positions(n, min_dist, lattice):
    pts = []
    while len(pts) < n:
        f = rng.random(3)
        if all(lattice.get_distance_and_image(f, p)[0] > min_dist for p in pts):
            pts.append(f)
    return pts


def structures():
    out = {}
    out["NaCl primitive"] = Structure(
        Lattice([[0, 2.82, 2.82], [2.82, 0, 2.82], [2.82, 2.82, 0]]), ["Na+", "Cl-"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    out["rutile TiO2"] = Structure(
        Lattice.tetragonal(4.594, 2.959), ["Ti4+", "Ti4+", "O2-", "O2-", "O2-", "O2-"],
        [[0, 0, 0], [0.5, 0.5, 0.5], [0.3053, 0.3053, 0], [0.6947, 0.6947, 0],
         [0.8053, 0.1947, 0.5], [0.1947, 0.8053, 0.5]])
    lat = Lattice.from_parameters(6.1, 7.3, 8.2, 78.0, 101.0, 115.0)
    sp = ["Li+"] * 6 + ["P5+"] * 2 + ["O2-"] * 8
    out["triclinic Li6P2O8 random"] = Structure(lat, sp, random_positions(len(sp), 1.6, lat))
    lat = Lattice.from_parameters(5.2, 5.9, 6.4, 95.0, 84.0, 103.0)
    sp = ["Mg2+"] * 4 + ["F-"] * 6
    out["charged triclinic Mg4F6 (+2)"] = Structure(lat, sp, random_positions(len(sp), 1.5, lat))
    rock = Structure.from_spacegroup("Fm-3m", Lattice.cubic(4.2), [{"Li+": 0.5, "Na+": 0.5}, "O2-"],
                                     [[0, 0, 0], [0.5, 0.5, 0.5]])
    rock.replace_species({"O2-": "Cl-"})
    out["mixed Li0.5Na0.5Cl rocksalt"] = rock
    vac = Structure.from_spacegroup("Fm-3m", Lattice.cubic(4.2), [{"Li+": 0.75}, "Cl-"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    out["charged Li0.75Cl rocksalt with vacancies"] = vac
    base = Structure(Lattice.from_parameters(4.1, 4.3, 4.5, 88, 93, 97), ["Li+", "Li+", "O2-"],
                     [[0.1, 0.2, 0.3], [0.6, 0.7, 0.75], [0.35, 0.45, 0.55]])
    big = base * (3, 3, 4)
    big.perturb(0.3)
    out["perturbed Li2O-like supercell 108 sites"] = big
    return out


def site_species(site):
    return {str(sp): float(occ) for sp, occ in site.species.items()}


def main():
    cases = []
    for name, s in structures().items():
        e = EwaldSummation(s)
        case = {
            "name": name,
            "lattice": s.lattice.matrix.tolist(),
            "species": [site_species(site) for site in s],
            "frac": s.frac_coords.tolist(),
            "charges": [float(compute_average_oxidation_state(site)) for site in s],
            "total_energy": float(e.total_energy),
            "real_space_energy": float(e.real_space_energy),
            "reciprocal_space_energy": float(e.reciprocal_space_energy),
            "point_energy": float(e.point_energy),
            "charged_cell_energy": float(e._charged_cell_energy),
            "eta": float(e.eta),
        }
        if abs(s.charge) < 1e-8:
            case["site_energies"] = [float(e.get_site_energy(i)) for i in range(len(s))]
        cases.append(case)
    print(json.dumps({"source": "pymatgen 2022.11.7 EwaldSummation(structure), acc_factor 12",
                      "cases": cases}, indent=1))


if __name__ == "__main__":
    main()

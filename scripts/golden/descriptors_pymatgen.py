#!/usr/bin/python3
"""Golden values for ionmat-analysis's mechanical and structural descriptors, made with pymatgen 2022.11.7.

Run:  /usr/bin/python3 scripts/golden/descriptors_pymatgen.py
Writes ionmat-analysis/src/test/resources/golden/descriptors_pymatgen.json.

* elastic: pymatgen.analysis.elasticity.ElasticTensor.from_voigt on a random stable triclinic C and a
  cubic C: Voigt/Reuss/Hill moduli, Young's modulus, homogeneous Poisson ratio, universal anisotropy,
  longitudinal/transverse sound velocities and Debye temperature for examples/Li2O.cif and
  examples/LiFePO4.cif (pymatgen rounds its constants: amu 1.6605e-27 kg, hbar, k_B to 5-6 digits);
* structure: density, volume per formula unit, population std of lattice constants and angles,
  Li nearest-neighbour distance averaged over Li sites and the number of neighbours within 1.1 x it.
"""
import json
import os

import numpy as np
from pymatgen.analysis.elasticity.elastic import ElasticTensor
from pymatgen.core import Structure

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "ionmat-analysis", "src", "test", "resources", "golden", "descriptors_pymatgen.json")


def main():
    rng = np.random.default_rng(7)
    a = rng.normal(size=(6, 6))
    triclinic = 20 * a @ a.T / 6 + np.diag([120, 110, 100, 40, 35, 30])
    cubic = np.zeros((6, 6))
    cubic[:3, :3] = 60.0
    np.fill_diagonal(cubic[:3, :3], 200.0)
    cubic[3, 3] = cubic[4, 4] = cubic[5, 5] = 70.0
    out = {"tensors": {"triclinic": triclinic.tolist(), "cubic": cubic.tolist()}, "results": [], "structures": []}
    for name in ["Li2O.cif", "LiFePO4.cif"]:
        s = Structure.from_file(os.path.join(ROOT, "examples", name))
        for tname, c in out["tensors"].items():
            et = ElasticTensor.from_voigt(np.array(c))
            out["results"].append({
                "structure": name, "tensor": tname,
                "k_voigt": et.k_voigt, "k_reuss": et.k_reuss, "k_vrh": et.k_vrh,
                "g_voigt": et.g_voigt, "g_reuss": et.g_reuss, "g_vrh": et.g_vrh,
                "young": et.y_mod / 1e9, "poisson": et.homogeneous_poisson,
                "anisotropy": et.universal_anisotropy,
                "v_l": et.long_v(s) / 1e3, "v_t": et.trans_v(s) / 1e3, "debye": et.debye_temperature(s),
            })
        li = [i for i, site in enumerate(s) if site.specie.symbol == "Li"]
        d_nn, n_nn = [], []
        for i in li:
            nb = s.get_neighbors(s[i], 8.0)
            d = min(n.nn_distance for n in nb)
            d_nn.append(d)
            n_nn.append(sum(1 for n in nb if n.nn_distance <= 1.1 * d))
        red, factor = s.composition.get_reduced_formula_and_factor()
        out["structures"].append({
            "file": name, "density": float(s.density), "formula_units": factor, "volume_per_fu": s.volume / factor,
            "sd_abc": float(np.std(s.lattice.abc)), "sd_angles": float(np.std(s.lattice.angles)),
            "a_min": float(min(s.lattice.abc)), "li_d_nn": float(np.mean(d_nn)), "li_n_nn": float(np.mean(n_nn)),
            "li_density": len(li) / s.volume, "li_fraction": len(li) / s.num_sites,
        })
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A Buckingham + damped-shifted-force Coulomb calculator for ASE, written the way an ASE user would
(vectorised numpy on ase.neighborlist.neighbor_list), for the Buckingham + Coulomb MD speed comparison
in scripts/bench/md_peers.py. Same functional form as LAMMPS born/coul/dsf with sigma = D = 0 and
ionmat's potential files with "coulomb": {"method": "dsf"}: pair energies are not shifted, the Coulomb
part is Fennell & Gezelter's DSF with LAMMPS coul/dsf's self term
(-(erfc(a rc)/rc + f_shift rc)/2 - a/sqrt(pi)) q_i^2.

Check: /usr/bin/python3 scripts/bench/ase_buck_dsf.py examples/Li2O.cif examples/potentials/li2o_buckingham_dsf.json
prints energy and forces to compare with ./ionmat energy on the same file.
"""
import json
import math
import sys

import numpy as np
from ase.calculators.calculator import Calculator, all_changes
from ase.neighborlist import neighbor_list
from scipy.special import erfc

COULOMB = 14.399645478425668  # e^2 / (4 pi eps0) in eV A (CODATA 2018)


class BuckinghamDsf(Calculator):
    implemented_properties = ["energy", "forces"]

    def __init__(self, spec, **kw):
        super().__init__(**kw)
        self.charges = spec["charges"]
        self.cutoff = float(spec["cutoff"])
        self.alpha = float(spec["coulomb"]["alpha"])
        self.pairs = {}
        for p in spec["pairs"]:
            a, b = p["species"]
            self.pairs[(a, b)] = self.pairs[(b, a)] = (p["A"], p["rho"], p["C"])

    def calculate(self, atoms=None, properties=("energy",), system_changes=all_changes):
        super().calculate(atoms, properties, system_changes)
        sym = np.array(self.atoms.get_chemical_symbols())
        q = np.array([self.charges[s] for s in sym], dtype=float)
        i, j, d, D = neighbor_list("ijdD", self.atoms, self.cutoff)
        rc, al = self.cutoff, self.alpha
        # Coulomb (DSF), each pair appears twice in the full list
        erfc_c = erfc(al * rc) / rc
        fshift = erfc_c / rc + 2 * al / math.sqrt(math.pi) * math.exp(-al * al * rc * rc) / rc
        qq = COULOMB * q[i] * q[j]
        e = 0.5 * np.sum(qq * (erfc(al * d) / d - erfc_c + fshift * (d - rc)))
        e -= COULOMB * ((erfc_c + fshift * rc) / 2 + al / math.sqrt(math.pi)) * np.sum(q * q)  # LAMMPS self term
        fmag = qq * (erfc(al * d) / d**2 + 2 * al / math.sqrt(math.pi) * np.exp(-al * al * d * d) / d - fshift)
        # Buckingham per species pair
        A = np.zeros(len(d))
        rho = np.ones(len(d))
        C = np.zeros(len(d))
        for (a, b), (pa, pr, pc) in self.pairs.items():
            m = (sym[i] == a) & (sym[j] == b)
            A[m], rho[m], C[m] = pa, pr, pc
        ex = A * np.exp(-d / rho)
        e += 0.5 * np.sum(ex - C / d**6)
        fmag += ex / rho - 6 * C / d**7
        f = np.zeros((len(self.atoms), 3))
        # force on i from j is along (r_i - r_j) = -D
        fv = -(fmag / d)[:, None] * D
        np.add.at(f, i, fv)
        self.results["energy"] = e
        self.results["forces"] = f


if __name__ == "__main__":
    from ase.io import read
    atoms = read(sys.argv[1])
    atoms.calc = BuckinghamDsf(json.load(open(sys.argv[2])))
    print(json.dumps({"energy": atoms.get_potential_energy(), "forces": atoms.get_forces().tolist()}))

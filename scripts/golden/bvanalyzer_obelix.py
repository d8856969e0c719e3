#!/usr/bin/env python3
"""Golden values for ionmat's bond-valence oxidation-state analysis: for every OBELiX CIF, pymatgen
2022.11.7's BVAnalyzer (default options: symm_tol 0.1, max_radius 4, distance_scale_factor 1.015)
valences per site (ordered structures: one int per site; disordered: a list per site, species in
order of atomic number) or the error it raised, plus the signed bond-valence sum of every site
(calculate_bv_sum / calculate_bv_sum_unordered with the same radius and scale) and the
symmetry-equivalence classes SpacegroupAnalyzer(symprec=0.1) gave.

Usage (repository root): /usr/bin/python3 scripts/golden/bvanalyzer_obelix.py [CIF_DIR]
"""
import glob
import json
import os
import sys
import warnings

warnings.filterwarnings("ignore")

from pymatgen.analysis.bond_valence import BVAnalyzer, calculate_bv_sum, calculate_bv_sum_unordered
from pymatgen.core import Structure
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "obelix", "cifs")
OUT = os.path.join(ROOT, "ionmat-core", "src", "test", "resources", "golden", "bvanalyzer_obelix.json")


def main():
    out = {"_source": "pymatgen 2022.11.7 BVAnalyzer defaults; scripts/golden/bvanalyzer_obelix.py"}
    for path in sorted(glob.glob(os.path.join(DIR, "*.cif"))):
        name = os.path.basename(path)
        s = Structure.from_file(path)
        rec = {"ordered": bool(s.is_ordered)}
        try:
            sums = []
            for site in s:
                nn = s.get_neighbors(site, 4)
                if s.is_ordered:
                    sums.append(calculate_bv_sum(site, nn, scale_factor=1.015))
                else:
                    sums.append(calculate_bv_sum_unordered(site, nn, scale_factor=1.015))
            rec["bv_sums"] = sums
        except Exception as e:  # noqa: BLE001
            rec["bv_sums_error"] = str(e)
        try:
            sym = SpacegroupAnalyzer(s, 0.1).get_symmetrized_structure()
            index = {}
            for k, group in enumerate(sym.equivalent_indices):
                for i in group:
                    index[i] = k
            rec["groups"] = [index[i] for i in range(len(s))]
        except Exception as e:  # noqa: BLE001
            rec["groups_error"] = str(e)
        try:
            rec["valences"] = BVAnalyzer().get_valences(s)
        except Exception as e:  # noqa: BLE001
            rec["error"] = str(e) or type(e).__name__
        out[name] = rec
        print(name, "ok" if "valences" in rec else rec.get("error"), file=sys.stderr)
    with open(OUT, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

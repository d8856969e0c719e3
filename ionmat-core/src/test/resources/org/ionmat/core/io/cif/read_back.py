"""Reads every *.cif in a folder with pymatgen and ASE and prints what they see as JSON.

Used by CifPeerReadBackTest: pymatgen Structure.from_file (lattice parameters, per-site species
with oxidation states and occupancies, fractional coordinates) and ase.io.read(format='cif')
(cell parameters, symbols, scaled positions, info['occupancy']).
"""
import json
import os
import sys
import warnings

warnings.filterwarnings("ignore")

import ase.io  # noqa: E402
from pymatgen.core import Structure  # noqa: E402


def pmg(path):
    s = Structure.from_file(path)
    sites = []
    for site in s:
        species = {str(sp): float(occ) for sp, occ in site.species.items()}
        sites.append({"species": species, "frac": [float(x) for x in site.frac_coords]})
    return {"lattice": [float(x) for x in s.lattice.abc + s.lattice.angles], "sites": sites}


def ase_read(path):
    a = ase.io.read(path, format="cif")
    occ = a.info.get("occupancy")
    return {
        "cellpar": [float(x) for x in a.cell.cellpar()],
        "symbols": a.get_chemical_symbols(),
        "frac": [[float(x) for x in p] for p in a.get_scaled_positions(wrap=False)],
        "occupancy": {k: {s: float(o) for s, o in v.items()} for k, v in occ.items()} if occ else None,
    }


out = {}
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if name.endswith(".cif"):
        path = os.path.join(folder, name)
        entry = {}
        for key, fn in (("pymatgen", pmg), ("ase", ase_read)):
            try:
                entry[key] = fn(path)
            except Exception as e:  # reported by the Java test
                entry[key] = {"error": f"{type(e).__name__}: {e}"}
        out[name] = entry
json.dump(out, sys.stdout)

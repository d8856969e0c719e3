#!/usr/bin/env python3
"""Writes ionmat-core's resource okeeffe-brese-1991.json: the element parameters r (Å) and c of
M. O'Keeffe and N. E. Brese, J. Am. Chem. Soc. 113, 3226 (1991), "Atom sizes and bond lengths in
molecules and crystals", as tabulated in pymatgen 2022.11.7 (analysis/bvparam_1991.yaml, MIT).
Only the numbers are taken. Run from the repository root with /usr/bin/python3."""
import json
import os

import yaml

SRC = "/usr/lib/python3/dist-packages/pymatgen/analysis/bvparam_1991.yaml"
OUT = "ionmat-core/src/main/resources/org/ionmat/core/oxidation/okeeffe-brese-1991.json"

with open(SRC) as f:
    data = yaml.safe_load(f)
out = {
    "format": "ionmat-okeeffe-brese 1",
    "source": "M. O'Keeffe, N. E. Brese, J. Am. Chem. Soc. 113, 3226 (1991); values as in pymatgen 2022.11.7 "
              "analysis/bvparam_1991.yaml",
    "electronegative": ["H", "B", "C", "Si", "N", "P", "As", "Sb", "O", "S", "Se", "Te", "F", "Cl", "Br", "I"],
    "parameters": {el: [float(v["r"]), float(v["c"])] for el, v in sorted(data.items())},
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    f.write("{\n")
    for key in ("format", "source", "electronegative"):
        f.write(" %s: %s,\n" % (json.dumps(key), json.dumps(out[key])))
    f.write(' "parameters": {\n')
    items = list(out["parameters"].items())
    for k, (el, rc) in enumerate(items):
        f.write("  %s: [%r, %r]%s\n" % (json.dumps(el), rc[0], rc[1], "," if k < len(items) - 1 else ""))
    f.write(" }\n}\n")
print(len(out["parameters"]), "elements")

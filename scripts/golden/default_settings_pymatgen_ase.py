#!/usr/bin/env python3
"""Which Hall setting pymatgen and ASE take for a bare space-group number or symbol.

Writes ionmat-core/src/test/resources/org/ionmat/core/symmetry/default-settings.txt with lines
  <tool> <query> <hall_number>
where hall_number is the spglib setting whose operations (rotation, translation mod 1) equal the
tool's operations for that query as a set:
  pymatgen: SpaceGroup.from_int_number(n) and SpaceGroup(symbol) -- what CifParser uses when a CIF
            gives only _symmetry_Int_Tables_number or a Hermann-Mauguin symbol;
  ase:      ase.spacegroup.Spacegroup(n) with its default setting=1.
DefaultSettingsTest checks that ionmat's SpaceGroups picks a setting with the same operations.

Run with: /usr/bin/python3 scripts/golden/default_settings_pymatgen_ase.py
(pymatgen 2022.11.7, ASE 3.22.1, spglib 2.0.2 were used for the committed file.)
"""
import os
import warnings

import numpy as np
import spglib
import pymatgen
import ase
from ase.spacegroup import Spacegroup
from pymatgen.symmetry.groups import SpaceGroup

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "ionmat-core", "src", "test", "resources",
                   "org", "ionmat", "core", "symmetry", "default-settings.txt")


def key(rotations, translations):
    ops = set()
    for r, t in zip(rotations, translations):
        k = np.rint(np.mod(np.asarray(t, dtype=float), 1.0) * 12).astype(int) % 12
        ops.add((tuple(np.asarray(r, dtype=int).flatten()), tuple(k)))
    return frozenset(ops)


def main():
    by_ops = {}
    for hall in range(1, 531):
        s = spglib.get_symmetry_from_database(hall)
        by_ops.setdefault(key(s["rotations"], s["translations"]), hall)
    lines = []
    for n in range(1, 231):
        g = SpaceGroup.from_int_number(n)
        k = key([o.rotation_matrix for o in g.symmetry_ops], [o.translation_vector for o in g.symmetry_ops])
        lines.append("pymatgen %d %d" % (n, by_ops[k]))
        ops = Spacegroup(n).get_symop()
        k = key([r for r, t in ops], [t for r, t in ops])
        lines.append("ase %d %d" % (n, by_ops[k]))
    # bare symbols: the short symbol of every setting, as spglib spells it without '_'
    seen = set()
    for hall in range(1, 531):
        sym = spglib.get_spacegroup_type(hall)["international_short"]
        if sym in seen:
            continue
        seen.add(sym)
        try:
            g = SpaceGroup(sym)
        except ValueError:
            continue
        k = key([o.rotation_matrix for o in g.symmetry_ops], [o.translation_vector for o in g.symmetry_ops])
        if k in by_ops:
            lines.append("pymatgen %s %d" % (sym, by_ops[k]))
    with open(OUT, "w") as f:
        f.write("# Default settings of pymatgen %s and ASE %s, as spglib %s Hall numbers.\n"
                % (pymatgen.core.__version__, ase.__version__, spglib.__version__))
        f.write("# Made by scripts/golden/default_settings_pymatgen_ase.py.\n")
        for line in lines:
            f.write(line + "\n")
    print("wrote", os.path.normpath(OUT), len(lines), "lines")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Actual force errors of the Ewald settings used in the speed comparison (potentials_lammps.py):
ionmat at its default accuracy target (1e-6) and LAMMPS `kspace_style ewald ACC` (default
`pair_modify table 12`) at several ACC, each against its own converged result (ionmat 1e-12;
LAMMPS 1e-12 with `table 20` and g_ewald 0.9), on the same perturbed 1500-atom Li2O cell. Prints
the largest and RMS force deviation relative to the RMS force, and the two converged results against
each other.

    /usr/bin/python3 scripts/bench/potentials_accuracy.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from potentials_lammps import ROOT, POT, li2o, write_data  # noqa: E402


def lammps_forces(directory, accuracy, extra):
    lines = ["units metal", "atom_style charge", "read_data data.lmp", "pair_style buck/coul/long 10.0",
             "pair_coeff * * 0.0 1.0 0.0", "pair_coeff 1 2 426.48 0.3 0.0", "pair_coeff 2 2 22764.0 0.149 27.88",
             "dielectric %.17g" % (14.399645 / 14.399645478425668),
             "kspace_style ewald %g" % accuracy] + extra + [
             "dump d all custom 1 f.dump id fx fy fz", "dump_modify d sort id format float %.17g", "run 0"]
    with open(os.path.join(directory, "in.acc"), "w") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run(["nice", "-n", "19", "/usr/bin/lmp", "-in", "in.acc", "-log", "log.acc", "-screen", "none",
                    "-nocite"], cwd=directory, check=True, env=dict(os.environ, OMP_NUM_THREADS="1"))
    rows = open(os.path.join(directory, "f.dump")).read().splitlines()
    start = next(i for i, l in enumerate(rows) if l.startswith("ITEM: ATOMS")) + 1
    g = re.search(r"G vector \(1/distance\) = ([0-9.eE+-]+)", open(os.path.join(directory, "log.acc")).read())
    return np.array([[float(v) for v in r.split()[1:4]] for r in rows[start:]]), g.group(1)


def ionmat_forces(directory, accuracy):
    pot = json.load(open(POT["ewald"]))
    pot["coulomb"]["accuracy"] = accuracy
    path = os.path.join(directory, "pot_%g.json" % accuracy)
    json.dump(pot, open(path, "w"))
    out = subprocess.run([os.path.join(ROOT, "ionmat"), "energy", os.path.join(directory, "data.lmp"),
                          "--lammps-types", "1=Li,2=O", "--lammps-style", "charge", "--potential", path, "--json"],
                         check=True, capture_output=True, text=True).stdout
    return np.array(json.loads(out)["forces"])


def report(name, f, ref):
    rms = np.sqrt((ref ** 2).sum(axis=1).mean())
    d = np.sqrt(((f - ref) ** 2).sum(axis=1))
    print("%-44s max |dF| / rms F = %.2e   rms |dF| / rms F = %.2e" % (name, d.max() / rms, np.sqrt((d ** 2).mean()) / rms))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        types, pos, box = li2o(5)
        write_data(os.path.join(tmp, "data.lmp"), types, pos, box)
        ref_i = ionmat_forces(tmp, 1e-12)
        ref_l, _ = lammps_forces(tmp, 1e-12, ["pair_modify table 20", "kspace_modify gewald 0.9"])
        report("converged ionmat vs converged LAMMPS", ref_i, ref_l)
        report("ionmat accuracy 1e-6 (default)", ionmat_forces(tmp, 1e-6), ref_i)
        report("ionmat accuracy 1e-5", ionmat_forces(tmp, 1e-5), ref_i)
        for acc in (1e-4, 1e-5, 1e-6):
            f, g = lammps_forces(tmp, acc, [])
            report("LAMMPS ewald %g (table 12, g_ewald %s)" % (acc, g), f, ref_l)


if __name__ == "__main__":
    main()

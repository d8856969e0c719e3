#!/usr/bin/python3
"""Golden elastic constants from LAMMPS (/usr/bin/lmp) for Buckingham + Coulomb crystals (issue 6).

Run:  /usr/bin/python3 scripts/golden/elastic_lammps.py
Writes ionmat-analysis/src/test/resources/golden/elastic_lammps.json.

Models (pair_style buck/coul/long + kspace_style ewald, formal charges):
* MgO rocksalt, Lewis & Catlow (1985) parameters: Mg-O A=821.6 eV, rho=0.3242 A, C=0;
  O-O A=22764.0 eV, rho=0.1490 A, C=27.88 eV A^6.
* CaF2 fluorite, Catlow-type test parameters: Ca-F A=1272.8 eV, rho=0.2997 A, C=0;
  F-F A=1127.7 eV, rho=0.2753 A, C=15.83 eV A^6.
For each: the zero-pressure lattice constant (Brent root of the LAMMPS pressure), then C_ij by
central finite differences (+-1e-4) of the LAMMPS pressure tensor under change_box deformations
(x/y/z scale; yz/xz/xy tilts; real-space Coulomb without tables), clamped ions (run 0) and, for CaF2, relaxed ions (minimize with the
box fixed). C_jk = -d p_j / d e_k, p in bar (1 bar = 1e-4 GPa), Voigt order xx yy zz yz xz xy.
The Buckingham cutoff sits in the middle of a gap between neighbour shells, so that no pair
crosses it under the strains used here or in the Java test.
"""
import json
import math
import os
import re
import subprocess
import tempfile

from scipy.optimize import brentq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "ionmat-analysis", "src", "test", "resources", "golden", "elastic_lammps.json")
LMP = "/usr/bin/lmp"
FCC = [(0, 0, 0), (0, .5, .5), (.5, 0, .5), (.5, .5, 0)]
RC_COUL = 10.0
DELTA = 1e-4

SYSTEMS = {
    "MgO": {
        "species": ["Mg", "O"], "charges": [2.0, -2.0], "masses": [24.305, 15.999],
        "sublattices": [(0, (0, 0, 0)), (1, (.5, 0, 0))],
        "buck": {(0, 1): (821.6, 0.3242, 0.0), (1, 1): (22764.0, 0.1490, 27.88)},
        "bracket": (3.9, 4.6), "relaxed": False, "supercell": 2,
    },
    "CaF2": {
        "species": ["Ca", "F"], "charges": [2.0, -1.0], "masses": [40.078, 18.998],
        "sublattices": [(0, (0, 0, 0)), (1, (.25, .25, .25)), (1, (.75, .75, .75))],
        "buck": {(0, 1): (1272.8, 0.2997, 0.0), (1, 1): (1127.7, 0.2753, 15.83)},
        "bracket": (5.0, 6.0), "relaxed": True, "supercell": 1,
    },
}


def positions(sysdef, a, n=2):
    atoms = []
    for t, shift in sysdef["sublattices"]:
        for i in range(n):
            for j in range(n):
                for k in range(n):
                    for b in FCC:
                        atoms.append((t, ((i + b[0] + shift[0]) * a, (j + b[1] + shift[1]) * a, (k + b[2] + shift[2]) * a)))
    return atoms


def data_file(sysdef, a, path):
    n = sysdef["supercell"]
    atoms = positions(sysdef, a, n)
    L = n * a
    with open(path, "w") as f:
        f.write("test crystal\n\n%d atoms\n%d atom types\n\n" % (len(atoms), len(sysdef["species"])))
        f.write("0 %.17g xlo xhi\n0 %.17g ylo yhi\n0 %.17g zlo zhi\n0 0 0 xy xz yz\n\nMasses\n\n" % (L, L, L))
        for t, m in enumerate(sysdef["masses"]):
            f.write("%d %g\n" % (t + 1, m))
        f.write("\nAtoms # charge\n\n")
        for i, (t, p) in enumerate(atoms):
            f.write("%d %d %g %.17g %.17g %.17g\n" % (i + 1, t + 1, sysdef["charges"][t], *p))


def shell_distances(sysdef, a):
    atoms = positions(sysdef, a, 1)
    d = set()
    for _, p in atoms:
        for _, q in atoms:
            for i in range(-3, 4):
                for j in range(-3, 4):
                    for k in range(-3, 4):
                        r = math.dist(p, (q[0] + i * a, q[1] + j * a, q[2] + k * a))
                        if 1e-6 < r < 9:
                            d.add(round(r, 6))
    return sorted(d)


def buck_cutoff(sysdef, a):
    """Middle of the widest relative gap between shells in [5, 7.5] A."""
    d = [x for x in shell_distances(sysdef, a) if 4.5 < x < 8.0]
    best = max(range(len(d) - 1), key=lambda i: d[i + 1] / d[i])
    return 0.5 * (d[best] + d[best + 1]), d[best], d[best + 1]


def header(sysdef, data, rcb):
    lines = ["units metal", "atom_style charge", "boundary p p p", "read_data %s" % data,
             "pair_style buck/coul/long %.10g %.10g" % (rcb, RC_COUL)]
    nt = len(sysdef["species"])
    for i in range(nt):
        for j in range(i, nt):
            A, rho, C = sysdef["buck"].get((i, j), (0.0, 1.0, 0.0))
            lines.append("pair_coeff %d %d %.10g %.10g %.10g" % (i + 1, j + 1, A, rho, C))
    lines += ["pair_modify table 0", "kspace_style ewald 1e-12", "thermo_style custom step pe pxx pyy pzz pyz pxz pxy",
              "thermo_modify format float %.17g"]
    return lines


DEFORM = ["x scale {s}", "y scale {s}", "z scale {s}", "yz delta {d}", "xz delta {d}", "xy delta {d}"]


def run(sysdef, a, rcb, cases, relax):
    """cases: list of (k, e) or None for the reference; returns list of (pe, [pxx..pxy])."""
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data.lmp")
        data_file(sysdef, a, data)
        script = []
        L = sysdef["supercell"] * a
        for case in cases:
            script += header(sysdef, data, rcb)
            if case is not None:
                k, e = case
                script.append("change_box all " + DEFORM[k].format(s=repr(1 + e), d=repr(e * L)) + " remap units box")
            if relax:
                script += ["min_style cg", "min_modify line quadratic", "minimize 0.0 1e-10 2000 20000"]
            script += ["run 0", "clear"]
        inp = os.path.join(tmp, "in.lmp")
        with open(inp, "w") as f:
            f.write("\n".join(script) + "\n")
        out = subprocess.run([LMP, "-in", inp, "-log", "none", "-screen", "none", "-log", os.path.join(tmp, "log")],
                             capture_output=True, text=True, cwd=tmp, check=True)
        log = open(os.path.join(tmp, "log")).read()
    rows = []
    lines = log.splitlines()
    for i, line in enumerate(lines):
        if line.split()[:2] == ["Step", "PotEng"]:
            last = None
            for nxt in lines[i + 1:]:
                if nxt.startswith("Loop time"):
                    break
                last = nxt
            vals = [float(x) for x in last.split()]
            rows.append((vals[1], vals[2:8]))
    # with minimize, every case prints two thermo blocks (minimize and run 0): keep the run 0 ones
    if relax:
        rows = rows[1::2]
    assert len(rows) == len(cases), (len(rows), len(cases))
    return rows


def energy(sysdef, a, rcb):
    return run(sysdef, a, rcb, [None], False)[0][0]


def pressure(sysdef, a, rcb):
    pe, p = run(sysdef, a, rcb, [None], False)[0]
    return (p[0] + p[1] + p[2]) / 3


def elastic(sysdef, a, rcb, relax):
    cases = [(k, s * DELTA) for k in range(6) for s in (1, -1)]
    rows = run(sysdef, a, rcb, cases, relax)
    c = [[0.0] * 6 for _ in range(6)]
    for k in range(6):
        plus, minus = rows[2 * k][1], rows[2 * k + 1][1]
        for j in range(6):
            c[j][k] = -(plus[j] - minus[j]) / (2 * DELTA) * 1e-4
    return c


def main():
    golden = {"lammps": subprocess.run([LMP, "-h"], capture_output=True, text=True).stdout.splitlines()[1].strip(),
              "rc_coul": RC_COUL, "delta": DELTA, "systems": {}}
    for name, sd in SYSTEMS.items():
        a_guess = sum(sd["bracket"]) / 2
        rcb, below, above = buck_cutoff(sd, a_guess)
        a0 = brentq(lambda a: pressure(sd, a, rcb), *sd["bracket"], xtol=1e-13, rtol=1e-15)
        # the cutoff scales with a0 only through the guess; re-check the gap at a0
        d = shell_distances(sd, a0)
        gap_low = max(x for x in d if x < rcb)
        gap_high = min(x for x in d if x > rcb)
        entry = {"species": sd["species"], "charges": sd["charges"],
                 "buckingham": [{"types": list(k), "A": v[0], "rho": v[1], "C": v[2]} for k, v in sd["buck"].items()],
                 "rc_buck": rcb, "shell_below": gap_low, "shell_above": gap_high, "a0": a0,
                 "pressure_at_a0_bar": pressure(sd, a0, rcb), "energy_at_a0_eV": energy(sd, a0, rcb), "supercell": sd["supercell"],
                 "clamped": elastic(sd, a0, rcb, False)}
        if sd["relaxed"]:
            entry["relaxed"] = elastic(sd, a0, rcb, True)
        golden["systems"][name] = entry
        print(name, "a0", a0, "rc_buck", rcb, (gap_low, gap_high), "C11 C12 C44", entry["clamped"][0][0],
              entry["clamped"][0][1], entry["clamped"][3][3], "relaxed C44", entry.get("relaxed", [[0] * 6] * 6)[3][3])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Compares two 'ionmat diffusion --json' reports (ionmat MD vs LAMMPS MD): D per temperature, Ea,
sigma(300 K), each difference in units of the combined standard error (|z| < 2 is agreement within
statistical error). Usage: compare.py ionmat.json lammps.json"""
import json
import math
import sys

a, b = (json.load(open(f)) for f in sys.argv[1:3])
print(f"{'quantity':>16} {'ionmat':>22} {'LAMMPS':>22} {'z':>6}")
worst = 0.0


def row(name, x, ex, y, ey):
    global worst
    z = (x - y) / math.hypot(ex, ey)
    worst = max(worst, abs(z))
    print(f"{name:>16} {x:>12.4g} ± {ex:<8.2g} {y:>12.4g} ± {ey:<8.2g} {z:>6.2f}")


for i, t in enumerate(a["temperatures"]):
    j = b["temperatures"].index(t)
    row(f"D({t:.0f} K)", a["D"][i], a["D_err"][i], b["D"][j], b["D_err"][j])
row("Ea (eV)", a["Ea"], a["Ea_err"], b["Ea"], b["Ea_err"])
la, lb = math.log10(a["sigma300"]), math.log10(b["sigma300"])
ea = a["sigma300_err"] / (a["sigma300"] * math.log(10))
eb = b["sigma300_err"] / (b["sigma300"] * math.log(10))
row("log10 sigma300", la, ea, lb, eb)
print(f"largest |z| = {worst:.2f}: " + ("agreement within statistical error" if worst < 2.5 else "DISAGREEMENT"))

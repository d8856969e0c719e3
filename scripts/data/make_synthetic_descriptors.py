#!/usr/bin/python3
"""Writes examples/descriptors_synthetic.csv: a SYNTHETIC descriptor table for the README and tests.

Run:  /usr/bin/python3 scripts/data/make_synthetic_descriptors.py

Seed paper 001 publishes no per-material values (its ESI is not available here), so this table is
made up: 36 fictitious materials in the paper's six mobile-ion families (Li 16, halide 8, Na 5,
O 3, Ag 2, Cu 2: roughly its 46/23/15/8/8 % shares) generated from three latent factors
(lattice stiffness, phonon frequency scale, mobility) with noise. The mechanical descriptors follow
exactly from the drawn B and G by the formulas of ionmat-analysis (nu, kappa = G/B, v_r, H_V Chen,
mean sound velocity, Debye temperature), so the paper's monotone invariants hold. One material has
D = 0 (a non-diffusive run); a few values are missing. None of these numbers is a measurement or a
simulation result.
"""
import math
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "examples", "descriptors_synthetic.csv")
H_OVER_KB = 6.62607015e-34 / 1.380649e-23
KB_MEV = 8.617333262145e-2

FAMILIES = [("Li", 16, 6.94, 1), ("halide", 8, 35.45, -1), ("Na", 5, 22.99, 1), ("O", 3, 16.00, -2),
            ("Ag", 2, 107.87, 1), ("Cu", 2, 63.55, 1)]
# family offsets of the latent factors (stiffness, frequency, mobility)
OFFSET = {"Li": (0.2, 0.4, 0.3), "halide": (-0.6, -0.5, 0.1), "Na": (-0.1, -0.1, 0.0), "O": (0.9, 0.6, -0.8),
          "Ag": (-0.9, -1.0, 1.0), "Cu": (-0.5, -0.7, 0.8)}


def main():
    rng = np.random.default_rng(7)
    rows = []
    for fam, count, mass, charge in FAMILIES:
        for j in range(count):
            s0, w0, m0 = OFFSET[fam]
            stiff = s0 + rng.normal(scale=0.5)
            freq = w0 + 0.6 * stiff + rng.normal(scale=0.4)
            mob = m0 - 0.7 * freq + rng.normal(scale=0.6)
            B = 45 * math.exp(0.5 * stiff)
            G = B * min(0.95, max(0.15, 0.45 + 0.12 * stiff + rng.normal(scale=0.08)))
            rho = 3.0 + 0.8 * rng.normal() + (1.5 if fam in ("Ag", "Cu") else 0)
            n_atoms = 0.06 + 0.015 * rng.normal()
            nu = (3 * B - 2 * G) / (2 * (3 * B + G))
            kappa = G / B
            vl = math.sqrt((B + 4 * G / 3) / rho)
            vt = math.sqrt(G / rho)
            vm = ((1 / vl ** 3 + 2 / vt ** 3) / 3) ** (-1 / 3)
            theta = H_OVER_KB * (3 * n_atoms * 1e30 / (4 * math.pi)) ** (1 / 3) * vm * 1e3
            hv = 2 * (kappa * kappa * G) ** 0.585 - 3
            omega = 18 * math.exp(0.35 * freq) + rng.normal(scale=0.5)          # meV
            x = omega / (KB_MEV * 500)                                              # at 500 K
            cv = x * x * math.exp(x) / (math.exp(x) - 1) ** 2                       # per mode, k_B
            s_vib = x / (2 * math.tanh(x / 2)) - math.log(2 * math.sinh(x / 2))     # per mode, k_B
            f_vib = omega / 2 + KB_MEV * 500 * math.log(1 - math.exp(-x))          # per mode, meV
            gamma = 0.8 * omega * math.exp(rng.normal(scale=0.25))                  # meV
            D = 10 ** (-5.5 + 0.9 * mob + rng.normal(scale=0.3))                    # cm^2/s
            e_vac = 1.2 + 0.4 * stiff - 0.2 * mob + rng.normal(scale=0.3)
            d_nn = 2.0 + 0.25 * (mass / 50) + 0.1 * rng.normal()
            vol = 40 * math.exp(-0.2 * stiff + 0.3 * rng.normal())
            rows.append({"material": "%s-%02d" % (fam, j + 1), "family": fam,
                         "stoichiometric": "yes" if rng.uniform() < 0.6 else "no",
                         "D [cm^2/s]": D, "B [GPa]": B, "G [GPa]": G, "nu": nu, "kappa": kappa, "v_r": vl / vt,
                         "H_V [GPa]": hv, "theta_D [K]": theta, "omega_mean [meV]": omega, "C_V [k_B]": cv,
                         "S_vib [k_B]": s_vib, "F_vib [meV]": f_vib, "Gamma [meV]": gamma, "E_vac [eV]": e_vac,
                         "Omega [A^3]": vol, "d_nn [A]": d_nn, "M_ion [amu]": mass, "Z_N [e]": charge})
    rows[7]["D [cm^2/s]"] = 0.0          # a run without diffusion
    rows[12]["Gamma [meV]"] = None       # missing values
    rows[20]["E_vac [eV]"] = None
    rows[30]["H_V [GPa]"] = None
    cols = list(rows[0])
    with open(OUT, "w") as f:
        f.write("# SYNTHETIC descriptor table: made-up materials and values for examples and tests, not data.\n")
        f.write("# Made by scripts/data/make_synthetic_descriptors.py (numpy seed 7); columns follow seed paper 001.\n")
        f.write(",".join(cols) + "\n")
        for r in rows:
            out = []
            for c in cols:
                v = r[c]
                if v is None:
                    out.append("")
                elif isinstance(v, float):
                    out.append("%.6g" % v)
                else:
                    out.append(str(v))
            f.write(",".join(out) + "\n")


if __name__ == "__main__":
    main()

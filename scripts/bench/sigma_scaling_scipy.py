#!/usr/bin/env python3
"""Independent check of 'ionmat calibrate': the sigma factor s that maximises the likelihood of held-out
errors under s * sigma, found by SciPy's bounded scalar minimisation of the mean negative log-likelihood
(scipy.stats.laplace with scale b = s * sigma / sqrt(2), and scipy.stats.norm), from a predictions CSV
with columns target, mean, std (train's test-predictions.csv or 'ionmat predict -o --target' output of
an uncalibrated model). Compare with 'ionmat calibrate MODEL --predictions PRED.csv --dry-run'.
When the file has std_epistemic and std_aleatoric, it also fits the two factors of '--method components'
(sd = sqrt((e * sigma_e)^2 + (a * sigma_a)^2)) with SciPy's Nelder-Mead on (ln e, ln a). Always it also
fits the power law of '--method power' (sd = c * sigma^b) with Nelder-Mead on (ln c, b).

  /usr/bin/python3 scripts/bench/sigma_scaling_scipy.py PRED.csv [PRED.csv ...]
"""
import csv
import sys

import numpy as np
from scipy import optimize, stats


def main(paths):
    for path in paths:
        with open(path, newline="") as f:
            rows = [r for r in csv.DictReader(f) if r.get("error", "") == "" and r["target"] != ""]
        y = np.array([float(r["target"]) for r in rows])
        m = np.array([float(r["mean"]) for r in rows])
        s = np.array([float(r["std"]) for r in rows])
        for name, logpdf in (("laplace", lambda k: stats.laplace.logpdf(y, loc=m, scale=k * s / np.sqrt(2))),
                             ("gaussian", lambda k: stats.norm.logpdf(y, loc=m, scale=k * s))):
            res = optimize.minimize_scalar(lambda k: -np.mean(logpdf(k)), bounds=(1e-3, 1e3), method="bounded",
                                           options={"xatol": 1e-9})
            print(f"{path}: n {len(y)}, {name} scale {res.x:.4f}, mean NLL {-np.mean(logpdf(1.0)):.4f} -> {res.fun:.4f}")
        for name, logpdf in (("laplace", lambda sd: stats.laplace.logpdf(y, loc=m, scale=sd / np.sqrt(2))),
                             ("gaussian", lambda sd: stats.norm.logpdf(y, loc=m, scale=sd))):
            nll = lambda u: -np.mean(logpdf(np.exp(u[0]) * s ** u[1]))
            res = optimize.minimize(nll, [0.0, 1.0], method="Nelder-Mead",
                                    options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 10000})
            print(f"{path}: n {len(y)}, {name} power: {np.exp(res.x[0]):.4f} * sigma^{res.x[1]:.4f}, "
                  f"mean NLL {nll([0.0, 1.0]):.4f} -> {res.fun:.4f}")
        if rows and "std_epistemic" in rows[0] and "std_aleatoric" in rows[0]:
            se = np.array([float(r["std_epistemic"]) for r in rows])
            sa = np.array([float(r["std_aleatoric"]) for r in rows])
            for name, logpdf in (("laplace", lambda sd: stats.laplace.logpdf(y, loc=m, scale=sd / np.sqrt(2))),
                                 ("gaussian", lambda sd: stats.norm.logpdf(y, loc=m, scale=sd))):
                nll = lambda u: -np.mean(logpdf(np.hypot(np.exp(u[0]) * se, np.exp(u[1]) * sa)))
                res = optimize.minimize(nll, [0.0, 0.0], method="Nelder-Mead",
                                        options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 10000})
                e, a = np.exp(res.x)
                print(f"{path}: n {len(y)}, {name} components: epistemic x {e:.4f}, aleatoric x {a:.4f}, "
                      f"mean NLL {nll([0.0, 0.0]):.4f} -> {res.fun:.4f}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])

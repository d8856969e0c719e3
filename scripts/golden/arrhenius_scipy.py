#!/usr/bin/env python3
"""Golden values for ArrheniusFitTest: weighted fits of ln D against 1/T by numpy.polyfit and
scipy.optimize.curve_fit on two fixed data sets (one scattering more than its error bars).
Usage: /usr/bin/python3 scripts/golden/arrhenius_scipy.py > ionmat-analysis/src/test/resources/golden/arrhenius_scipy.json
"""
import json
import numpy as np
from scipy.optimize import curve_fit

KB = 8.617333262e-5
sets = {
    "consistent": {"T": [600.0, 700.0, 800.0, 900.0, 1000.0],
                   "D": [2.1e-7, 8.3e-7, 2.05e-6, 4.4e-6, 8.1e-6],
                   "D_err": [0.4e-7, 1.1e-7, 0.3e-6, 0.5e-6, 1.0e-6]},
    "scattered": {"T": [500.0, 650.0, 800.0, 1000.0],
                  "D": [3.0e-8, 9.0e-7, 1.5e-6, 1.2e-5],
                  "D_err": [0.3e-8, 0.9e-7, 0.15e-6, 1.2e-6]},
}
out = {}
for name, s in sets.items():
    T = np.array(s["T"]); D = np.array(s["D"]); E = np.array(s["D_err"])
    x = 1 / T; y = np.log(D); sig = E / D
    p, cov = np.polyfit(x, y, 1, w=1 / sig, cov="unscaled")
    f = lambda xx, a, b: a + b * xx
    popt, pcov_abs = curve_fit(f, x, y, p0=[y.mean(), 0.0], sigma=sig, absolute_sigma=True)
    _, pcov_rel = curve_fit(f, x, y, p0=[y.mean(), 0.0], sigma=sig, absolute_sigma=False)
    chi2 = float(np.sum(((y - f(x, *popt)) / sig) ** 2))
    dof = len(T) - 2
    ln300 = popt[0] + popt[1] / 300
    g = np.array([1, 1 / 300])
    out[name] = dict(s, polyfit_slope=p[0], polyfit_intercept=p[1], polyfit_cov=cov.tolist(),
                     curve_fit_params=popt.tolist(), curve_fit_cov_absolute=pcov_abs.tolist(),
                     curve_fit_cov_scaled=pcov_rel.tolist(), chi2_reduced=chi2 / dof,
                     Ea=-popt[1] * KB, D300=float(np.exp(ln300)),
                     lnD300_err_absolute=float(np.sqrt(g @ pcov_abs @ g)))
print(json.dumps(out, indent=1))

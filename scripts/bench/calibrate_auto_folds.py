#!/usr/bin/env python3
"""σ recalibration carried across cross-validation folds: for each fold k of an obelix_cv.sh run, the
pooled test predictions of the other folds' models calibrate fold k's model (calibrate --dry-run with
each --method, auto included), and the Laplace NLL is computed here, independently of ionmat, on fold
k's own test predictions. Prints per fold the method each option used and its NLL, then the means.
Usage (from the repository root, after the build):
    scripts/bench/calibrate_auto_folds.py RUNDIR KIND      (KIND: roost or rf; RUNDIR holds KIND-fold0..4)"""
import csv, json, math, os, subprocess, sys, tempfile

base, kind = sys.argv[1], sys.argv[2]
methods = ("scale", "components", "power", "auto")


def rows(k):
    return list(csv.DictReader(open(f"{base}/{kind}-fold{k}/test-predictions.csv", newline="")))


def nll(r, s):  # Laplace with standard deviation s
    b = s / math.sqrt(2)
    return math.log(2 * b) + abs(float(r["target"]) - float(r["mean"])) / b


def sigma(c, r):
    m = c["method"]
    s = float(r["std"])
    if m == "scale":
        return c["scale"] * s
    if m == "power":
        return c["scale"] * s ** c["exponent"]
    return math.hypot(c["scale_epistemic"] * float(r["std_epistemic"]), c["scale_aleatoric"] * float(r["std_aleatoric"]))


tmp = tempfile.mkdtemp()
total = {m: [] for m in methods}
for k in range(5):
    others = [r for j in range(5) if j != k for r in rows(j)]
    path = os.path.join(tmp, f"others{k}.csv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(others[0].keys()))
        w.writeheader()
        w.writerows(others)
    test = [r for r in rows(k) if not r.get("error") and r["target"] != ""]
    line = [f"fold {k}:"]
    for m in methods:
        p = subprocess.run(["./ionmat", "calibrate", f"{base}/{kind}-fold{k}", "--predictions", path, "--method", m,
                            "--dry-run", "--json"], capture_output=True, text=True)
        if p.returncode != 0:
            line.append(f"{m} n/a")
            continue
        c = json.loads(p.stdout)["sigma_calibration"]
        v = sum(nll(r, sigma(c, r)) for r in test) / len(test)
        total[m].append(v)
        line.append(f"{m} {v:.3f}" + (f" ({c['method']})" if m == "auto" else ""))
    print("  ".join(line))
print("mean NLL over folds: " + ", ".join(f"{m} {sum(v) / len(v):.3f}" for m, v in total.items() if v))

#!/usr/bin/python3
"""Time per force evaluation (energy + forces + virial): ionmat vs single-process LAMMPS on the same
Li2O supercells with the same Buckingham potential (examples/potentials/li2o_buckingham_*.json),
Coulomb by Ewald and by DSF.

For each size the script writes a LAMMPS data file (antifluorite Li2O, a = 4.61 Å, every coordinate
displaced by up to 0.1 Å, seeded), runs LAMMPS (`buck/coul/long 10` + `kspace_style ewald ACC`, or
`born/coul/dsf 0.2 10`; velocities at 300 K, fix nve, 1 fs, neighbor skin 1 Å checked every step)
and takes the "Loop time" per step times its "% CPU use" (the CPU time of the single process, which
on a busy machine is the fair measure: wall time there mostly counts waiting) and its
Pair/Kspace/Neigh breakdown; then runs `ionmat bench potential` on the same data file (atoms moving
by random steps of 0.005 Å between evaluations, skin 1 Å) with 1 thread (CPU time of that thread)
and with all cores (wall time). LAMMPS Ewald accuracy: its relative force
accuracy setting is not ionmat's truncation threshold; LAMMPS_ACCURACY is chosen so that both codes
reach about the same actual force error (measured by scripts/bench/potentials_accuracy.py).

    /usr/bin/python3 scripts/bench/potentials_lammps.py [--sizes 5,9] [--steps N]

Needs the build (mvn -q -DskipTests package) and /usr/bin/lmp. Runs under `nice`.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
A = 4.61
LAMMPS_ACCURACY = 1e-6
POT = {"ewald": os.path.join(ROOT, "examples", "potentials", "li2o_buckingham_ewald.json"),
       "dsf": os.path.join(ROOT, "examples", "potentials", "li2o_buckingham_dsf.json")}


def li2o(n, seed=7):
    fcc = [(0, 0, 0), (0, .5, .5), (.5, 0, .5), (.5, .5, 0)]
    tet = [(x, y, z) for x in (.25, .75) for y in (.25, .75) for z in (.25, .75)]
    types, pos = [], []
    for i in range(n):
        for j in range(n):
            for k in range(n):
                for f in fcc:
                    types.append(2)
                    pos.append([(i + f[0]) * A, (j + f[1]) * A, (k + f[2]) * A])
                for f in tet:
                    types.append(1)
                    pos.append([(i + f[0]) * A, (j + f[1]) * A, (k + f[2]) * A])
    rng = np.random.default_rng(seed)
    pos = np.array(pos) + 0.1 * (2 * rng.random((len(types), 3)) - 1)
    return np.array(types), pos % (n * A), n * A


def write_data(path, types, pos, box):
    with open(path, "w") as f:
        f.write("Li2O benchmark\n\n%d atoms\n2 atom types\n\n" % len(types))
        for ax in "xyz":
            f.write("0 %.10f %slo %shi\n" % (box, ax, ax))
        f.write("\nMasses\n\n1 6.94\n2 15.999\n\nAtoms # charge\n\n")
        for i, (t, x) in enumerate(zip(types, pos)):
            f.write("%d %d %d %.10f %.10f %.10f\n" % (i + 1, t, 1 if t == 1 else -2, *x))


def lammps(directory, method, steps):
    pair = {"ewald": ["pair_style buck/coul/long 10.0", "pair_coeff * * 0.0 1.0 0.0",
                      "pair_coeff 1 2 426.48 0.3 0.0", "pair_coeff 2 2 22764.0 0.149 27.88",
                      "kspace_style ewald %g" % LAMMPS_ACCURACY],
            "dsf": ["pair_style born/coul/dsf 0.2 10.0", "pair_coeff * * 0.0 1.0 0.0 0.0 0.0",
                    "pair_coeff 1 2 426.48 0.3 0.0 0.0 0.0", "pair_coeff 2 2 22764.0 0.149 0.0 27.88 0.0"]}[method]
    lines = ["units metal", "atom_style charge", "read_data data.lmp"] + pair + [
        "neighbor 1.0 bin", "neigh_modify every 1 delay 0 check yes",
        "velocity all create 300 4928459 mom yes", "fix 1 all nve", "timestep 0.001",
        "thermo %d" % steps, "run %d" % steps]
    with open(os.path.join(directory, "in.%s" % method), "w") as f:
        f.write("\n".join(lines) + "\n")
    env = dict(os.environ, OMP_NUM_THREADS="1")
    subprocess.run(["nice", "-n", "19", "/usr/bin/lmp", "-in", "in.%s" % method, "-log", "log.%s" % method,
                    "-screen", "none", "-nocite"], cwd=directory, check=True, env=env)
    log = open(os.path.join(directory, "log.%s" % method)).read()
    loop = float(re.search(r"Loop time of ([0-9.eE+-]+) on 1 procs for (\d+) steps", log).group(1))
    cpu_use = float(re.search(r"([0-9.]+)% CPU use", log).group(1)) / 100
    parts = {}
    for name in ("Pair", "Kspace", "Neigh"):
        m = re.search(r"^%s\s*\|\s*[0-9.eE+-]+\s*\|\s*([0-9.eE+-]+)" % name, log, re.M)
        parts[name] = float(m.group(1)) / steps * cpu_use if m else 0.0
    g = re.search(r"G vector \(1/distance\) = ([0-9.eE+-]+)", log)
    return loop / steps * cpu_use, parts, g.group(1) if g else None


def ionmat(data, method, steps, threads):
    out = subprocess.run(["nice", "-n", "19", os.path.join(ROOT, "ionmat"), "bench", "potential", data,
                          "--lammps-types", "1=Li,2=O", "--lammps-style", "charge", "--potential", POT[method],
                          "--steps", str(steps), "--warmup", "2", "--threads", str(threads), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5,9", help="supercells n (n x n x n of the 12-atom cell)")
    ap.add_argument("--steps", type=int, default=0, help="timed steps (default: by size)")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(s) for s in args.sizes.split(",")]:
            types, pos, box = li2o(n)
            data = os.path.join(tmp, "data.lmp")
            write_data(data, types, pos, box)
            for method in ("ewald", "dsf"):
                steps = args.steps or (20 if len(types) < 3000 or method == "dsf" else 4)
                t_lmp, parts, g = lammps(tmp, method, steps)
                one = ionmat(data, method, steps, 1)
                cores = ionmat(data, method, steps, 0)
                rows.append((len(types), method, t_lmp, parts, g, one, cores))
                print("%6d atoms %-5s LAMMPS %.4f s CPU/step (pair %.4f, kspace %.4f, neigh %.4f, g_ewald %s) | "
                      "ionmat 1 thread %.4f s CPU %s | all cores %.4f s wall | LAMMPS/ionmat %.2f"
                      % (len(types), method, t_lmp, parts["Pair"], parts["Kspace"], parts["Neigh"], g,
                         one["cpu_seconds_per_evaluation"], one["cpu_seconds_per_term"],
                         cores["seconds_per_evaluation"], t_lmp / one["cpu_seconds_per_evaluation"]), flush=True)
    print("\n| atoms | Coulomb | LAMMPS 1 process, CPU s/eval (pair / kspace) | ionmat 1 thread, CPU s/eval (pair / kspace) "
          "| ionmat %d threads, wall s/eval | speed ionmat/LAMMPS (1 thread) |" % os.cpu_count())
    print("|---|---|---|---|---|---|")
    for natoms, method, t_lmp, parts, g, one, cores in rows:
        terms = list(one["cpu_seconds_per_term"].values())
        split = "%.4f / %.4f" % (terms[0], terms[1]) if len(terms) == 2 else "%.4f / -" % terms[0]
        lsplit = "%.4f / %.4f" % (parts["Pair"], parts["Kspace"]) if parts["Kspace"] else "%.4f / -" % parts["Pair"]
        print("| %d | %s | %.4f (%s) | %.4f (%s) | %.4f | %.2f |" % (
            natoms, method, t_lmp, lsplit, one["cpu_seconds_per_evaluation"], split, cores["seconds_per_evaluation"],
            t_lmp / one["cpu_seconds_per_evaluation"]))


if __name__ == "__main__":
    main()

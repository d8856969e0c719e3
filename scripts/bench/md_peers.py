#!/usr/bin/env python3
"""Side-by-side MD speed: ionmat vs LAMMPS (single thread) vs ASE VelocityVerlet, identical systems.

Default: Lennard-Jones argon (epsilon 0.0104 eV, sigma 3.4 A, cutoff 8.5 A, LAMMPS pair_style lj/cut,
ASE LennardJones(rc=8.5, smooth=False), ionmat potential 'lj-test'), fcc a = 5.26 A supercells of
n x n x n conventional cells, NVE velocity Verlet, dt 2 fs, 60 K, neighbor skin 1 A. The structures
are written once (POSCAR for ionmat and ASE, LAMMPS data for LAMMPS) from the same coordinates.

Another potential: --ionmat-potential POT (e.g. pot.json once potential files are supported),
--lammps-pair FILE (pair_style/pair_coeff/kspace_style lines, and 'set type ... charge' lines for a
charge atom style with --lammps-style charge), --structure FILE (any structure ionmat reads; n picks
supercells of it) and --no-ase.

Usage: /usr/bin/python3 scripts/bench/md_peers.py [--sizes 6,10,14] [--steps 500] [--ase-steps 3]
       (needs the build: mvn -q -DskipTests package; with the test potential: --classpath CP)
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np
from ase import units
from ase.build import bulk
from ase.io import read, write

p = argparse.ArgumentParser()
p.add_argument("--sizes", default="6,10,14")
p.add_argument("--steps", type=int, default=500)
p.add_argument("--ase-steps", type=int, default=3)
p.add_argument("--ase-max-atoms", type=int, default=4000)
p.add_argument("--ionmat", default="./ionmat", help="command that runs ionmat (default ./ionmat)")
p.add_argument("--ionmat-potential", default="lj-test")
p.add_argument("--lammps-pair", default=None)
p.add_argument("--lammps-style", default="atomic")
p.add_argument("--structure", default=None)
p.add_argument("--no-ase", action="store_true")
p.add_argument("--dt-fs", type=float, default=2.0)
p.add_argument("--temperature", type=float, default=60.0)
a = p.parse_args()

LJ_PAIR = "pair_style lj/cut 8.5\npair_coeff * * 0.0104 3.4\n"
pair = open(a.lammps_pair).read() if a.lammps_pair else LJ_PAIR
work = tempfile.mkdtemp(prefix="md_peers_")
print(f"== machine: {os.cpu_count()} cores, load {open('/proc/loadavg').read().split()[:3]}")
print(f"== potential: ionmat '{a.ionmat_potential}', LAMMPS: {pair.strip().splitlines()[0]}; dt {a.dt_fs} fs, "
      f"{a.steps} timed steps")
rows = []
for n in [int(x) for x in a.sizes.split(",")]:
    if a.structure:
        atoms = read(a.structure).repeat((n, n, n))
    else:
        atoms = bulk("Ar", "fcc", a=5.26, cubic=True).repeat((n, n, n))
    natoms = len(atoms)
    poscar = os.path.join(work, f"s{n}.vasp")
    data = os.path.join(work, f"s{n}.data")
    write(poscar, atoms, format="vasp", direct=True, sort=False)
    write(data, atoms, format="lammps-data", atom_style=a.lammps_style)
    from ase.data import atomic_masses, atomic_numbers
    species = sorted(set(atoms.get_chemical_symbols()))  # ASE's type order in the data file
    masses = "".join(f"mass {t + 1} {atomic_masses[atomic_numbers[el]]}\n" for t, el in enumerate(species))

    # LAMMPS, one process, one thread
    inp = os.path.join(work, f"in{n}.lmp")
    with open(inp, "w") as f:
        f.write(f"units metal\natom_style {a.lammps_style}\nboundary p p p\nread_data {data}\n{masses}{pair}\n"
                f"neighbor 1.0 bin\nneigh_modify every 1 delay 0 check yes\n"
                f"velocity all create {a.temperature} 12345 mom yes\nfix 1 all nve\ntimestep {a.dt_fs / 1000}\n"
                f"thermo 100000\nrun 100\nrun {a.steps}\n")
    env = dict(os.environ, OMP_NUM_THREADS="1")
    log = os.path.join(work, f"log{n}.lammps")

    def lammps_cpu(input_file):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(["/usr/bin/lmp", "-in", input_file, "-log", log, "-screen", "none"], check=True, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    base = inp + ".base"
    with open(base, "w") as f:
        f.write(open(inp).read().replace(f"run {a.steps}\n", ""))
    cpu_base = lammps_cpu(base)
    cpu_all = lammps_cpu(inp)
    lmp_cpu_rate = a.steps / max(cpu_all - cpu_base, 1e-9)
    loops = re.findall(r"Loop time of ([0-9.eE+-]+) on 1 procs for (\d+) steps", open(log).read())
    t_lmp, s_lmp = float(loops[-1][0]), int(loops[-1][1])
    lmp_rate = s_lmp / t_lmp

    # ionmat, same structure file
    cmd = a.ionmat.split() + ["bench", "md", poscar, "--potential", a.ionmat_potential, "--steps", str(a.steps),
                              "--dt", f"{a.dt_fs}fs", "--T", str(a.temperature), "--json"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    run = json.loads(out)["runs"][0]
    ion_rate = run["steps_per_second"]
    ion_cpu_rate = 1 / run["cpu_s_per_step"]

    # ASE VelocityVerlet with its LennardJones calculator
    ase_rate = float("nan")
    dsf_file = a.ionmat_potential.endswith(".json") and json.load(open(a.ionmat_potential)).get("coulomb", {}).get("method") == "dsf"
    if not a.no_ase and (not a.lammps_pair or dsf_file) and natoms <= a.ase_max_atoms:
        from ase.md.velocitydistribution import MaxwellBoltzmannDistribution
        from ase.md.verlet import VelocityVerlet
        at = read(poscar)
        if dsf_file:
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            from ase_buck_dsf import BuckinghamDsf
            at.calc = BuckinghamDsf(json.load(open(a.ionmat_potential)))
        else:
            from ase.calculators.lj import LennardJones
            at.calc = LennardJones(sigma=3.4, epsilon=0.0104, rc=8.5, smooth=False)
        MaxwellBoltzmannDistribution(at, temperature_K=a.temperature, rng=np.random.default_rng(1))
        dyn = VelocityVerlet(at, timestep=a.dt_fs * units.fs)
        dyn.run(1)
        t0 = time.perf_counter()
        c0 = time.process_time()
        dyn.run(a.ase_steps)
        ase_rate = a.ase_steps / (time.perf_counter() - t0)
        ase_cpu_rate = a.ase_steps / (time.process_time() - c0)
    else:
        ase_cpu_rate = float("nan")
    rows.append((natoms, ion_rate, lmp_rate, ase_rate, ion_cpu_rate, lmp_cpu_rate, ase_cpu_rate))
    print(f"{natoms:7d} atoms  wall: ionmat {ion_rate:8.1f}  LAMMPS {lmp_rate:8.1f}  ASE {ase_rate:7.3f} steps/s | "
          f"CPU: ionmat {ion_cpu_rate:8.1f}  LAMMPS {lmp_cpu_rate:8.1f}  ASE {ase_cpu_rate:7.3f} steps/s", flush=True)

print("\nsteps per second (wall clock; in brackets per CPU second of the process, less sensitive to machine load)")
print("| atoms | ionmat | LAMMPS (1 thread) | ASE | ionmat / LAMMPS | ionmat / ASE |")
print("|---:|---:|---:|---:|---:|---:|")
for natoms, i, l, s, ic, lc, sc in rows:
    print(f"| {natoms} | {i:.1f} ({ic:.1f}) | {l:.1f} ({lc:.1f}) | {s:.3f} ({sc:.3f}) | {i / l:.2f} ({ic / lc:.2f}) | "
          f"{i / s:.0f} ({ic / sc:.0f}) |")

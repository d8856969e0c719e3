#!/usr/bin/python3
"""Times ASE's neighbor_list and pymatgen's Structure.get_neighbor_list on the jittered Li2O
supercells of org.ionmat.cli.bench.NeighborListBench (generated identically here: same atom order,
same SplitMix64 numbers), and prints pair counts that must equal the Java side's "full pairs".

Usage: /usr/bin/python3 scripts/bench/neighbors_peers.py [--reps 3] [--cutoff 6.0]
                                                     [--sizes 4x4x5,7x7x9,...] [--skip-pymatgen]
ASE lists pairs with d < cutoff and pymatgen with d <= cutoff + 1e-8; ionmat with d <= cutoff. The
jitter keeps every distance away from the cutoff, so all three counts agree.
"""
import argparse
import statistics
import sys
import time

import numpy as np

A = 4.61
JITTER = 0.1
SEED = 20240611
MASK = (1 << 64) - 1
BASIS = [
    (0, 0, 0), (0, 0.5, 0.5), (0.5, 0, 0.5), (0.5, 0.5, 0),                                # O
    (0.25, 0.25, 0.25), (0.25, 0.75, 0.75), (0.75, 0.25, 0.75), (0.75, 0.75, 0.25),        # Li
    (0.75, 0.75, 0.75), (0.75, 0.25, 0.25), (0.25, 0.75, 0.25), (0.25, 0.25, 0.75),        # Li
]
SPECIES = ["O"] * 4 + ["Li"] * 8
SUPERCELLS = [(4, 4, 5), (7, 7, 9), (12, 12, 12), (16, 16, 16), (20, 20, 21)]


def splitmix64_uniform(count, seed=SEED):
    """count doubles in [0, 1) from SplitMix64 (53 high bits), vectorised with uint64 wrap-around."""
    with np.errstate(over="ignore"):
        k = np.arange(1, count + 1, dtype=np.uint64)
        z = np.uint64(seed) + k * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def supercell(n):
    """Lattice (3x3, rows) and Cartesian positions, atom order as in NeighborListBench.positions."""
    na, nb, nc = n
    basis = np.array(BASIS)
    ijk = np.array([(i, j, k) for i in range(na) for j in range(nb) for k in range(nc)], dtype=float)
    frac_units = (ijk[:, None, :] + basis[None, :, :]).reshape(-1, 3)
    cart = frac_units * A
    cart += JITTER * (2 * splitmix64_uniform(cart.size).reshape(cart.shape) - 1)
    lattice = np.diag([na * A, nb * A, nc * A])
    species = SPECIES * (na * nb * nc)
    return lattice, cart, species


def median_time(fn, reps):
    """Medians of wall-clock and process CPU time (ms), and the last result."""
    wall, cpu = [], []
    result = None
    for _ in range(reps):
        result = None
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        wall.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    return statistics.median(wall), statistics.median(cpu), result


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--cutoff", type=float, default=6.0)
    p.add_argument("--sizes", default=",".join("x".join(map(str, s)) for s in SUPERCELLS))
    p.add_argument("--skip-pymatgen", action="store_true")
    p.add_argument("--skip-ase", action="store_true")
    args = p.parse_args()

    import ase
    from ase.neighborlist import neighbor_list
    import pymatgen.core
    from pymatgen.core import Lattice, Structure

    print(f"Li2O supercells, cutoff {args.cutoff:.2f} Å, median of {args.reps} runs; "
          f"ASE {ase.__version__}, pymatgen {pymatgen.core.__version__}, numpy {np.__version__}")
    print(f"{'atoms':>8} {'cells':>10} {'ASE pairs':>12} {'ASE ms':>10} {'ASE cpu':>10} "
          f"{'pmg pairs':>12} {'pmg ms':>10} {'pmg cpu':>10}")
    for size in args.sizes.split(","):
        n = tuple(int(x) for x in size.split("x"))
        lattice, cart, species = supercell(n)
        ase_ms = pmg_ms = ase_cpu = pmg_cpu = float("nan")
        ase_pairs = pmg_pairs = -1
        if not args.skip_ase:
            atoms = ase.Atoms(symbols=species, positions=cart, cell=lattice, pbc=True)
            ase_ms, ase_cpu, res = median_time(lambda: neighbor_list("ijdDS", atoms, args.cutoff), args.reps)
            ase_pairs = len(res[0])
            del res
        if not args.skip_pymatgen:
            s = Structure(Lattice(lattice), species, cart, coords_are_cartesian=True)
            pmg_ms, pmg_cpu, res = median_time(lambda: s.get_neighbor_list(args.cutoff), args.reps)
            pmg_pairs = len(res[0])
            del res
        print(f"{len(cart):>8} {'x'.join(map(str, n)):>10} {ase_pairs:>12} {ase_ms:>10.1f} {ase_cpu:>10.1f} "
              f"{pmg_pairs:>12} {pmg_ms:>10.1f} {pmg_cpu:>10.1f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

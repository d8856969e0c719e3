#!/usr/bin/python3
"""Golden values for ionmat's symmetry finder (org.ionmat.core.symmetry.analysis), from spglib 2.0.2.

Run from the repository root:  /usr/bin/python3 scripts/golden/spglib_symmetry_golden.py

Writes (gzip JSON) under ionmat-core/src/test/resources/org/ionmat/core/symmetry/analysis/:
  obelix-spglib.json.gz     the 254 OBELiX CIFs (../shared/data/obelix/cifs) read with pymatgen
  synthetic-spglib.json.gz  simple structures (rock salt, perovskite, wurtzite, spinel, garnet,
                            hcp, NiAs, corundum, quartz, olivine, P1) with supercells, perturbations,
                            basis changes and origin shifts, and one random structure per space-group
                            type 1..230 (atoms on general positions of spglib's default setting),
                            as given and after a random unimodular basis change, rotation, origin
                            shift and 0.0005 Angstrom Gaussian noise per component
  spglib-default-settings.json.gz  operations of spglib's default Hall setting of each of the 230
                            space-group types (first Hall number of each type), for tests of the
                            identification step

Species as spglib sees them: every distinct site composition (species with oxidation state and
occupancy, as pymatgen's Site.species) is one type number, numbered 0.. in order of first appearance.
For a disordered site "Li0.5 La0.5" that composition is its own type; spglib gets the type numbers.
Each entry stores lattice (rows, Angstrom), the type of each site, the composition of each type and
fractional coordinates, so that a Java test can rebuild the structure with Structure.builder, and
spglib's dataset at symprec 0.01 and 0.1 (angle_tolerance -1, spglib's default).
"""
import glob
import gzip
import json
import os
import sys
import time
import warnings

import numpy as np
import spglib

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "ionmat-core/src/test/resources/org/ionmat/core/symmetry/analysis")
CIFS = os.path.join(ROOT, "..", "shared", "data", "obelix", "cifs")
SYMPRECS = [0.01, 0.1]
DEFAULT_HALL = {}
for _h in range(1, 531):
    DEFAULT_HALL.setdefault(spglib.get_spacegroup_type(_h)["number"], _h)


def params(lat):
    lat = np.asarray(lat)
    a, b, c = (np.linalg.norm(v) for v in lat)
    ang = lambda u, v: float(np.degrees(np.arccos(np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v))))
    return [float(a), float(b), float(c), ang(lat[1], lat[2]), ang(lat[0], lat[2]), ang(lat[0], lat[1])]


def dataset(lattice, frac, types, symprec):
    t0 = time.perf_counter()
    d = spglib.get_symmetry_dataset((lattice, frac, types), symprec=symprec)
    dt = time.perf_counter() - t0
    if d is None:
        return None, dt
    n_prim = len(set(d["mapping_to_primitive"]))
    std_prim = spglib.standardize_cell((lattice, frac, types), to_primitive=True, symprec=symprec)
    return {
        "number": int(d["number"]),
        "international": d["international"],
        "hall": d["hall"],
        "hall_number": int(d["hall_number"]),
        "choice": d["choice"],
        "pointgroup": d["pointgroup"],
        "n_operations": int(len(d["rotations"])),
        "rotations": [r.flatten().tolist() for r in d["rotations"]],
        "translations": [t.tolist() for t in d["translations"]],
        "equivalent_atoms": [int(x) for x in d["equivalent_atoms"]],
        "crystallographic_orbits": [int(x) for x in d["crystallographic_orbits"]],
        "n_primitive": n_prim,
        "mapping_to_primitive": [int(x) for x in d["mapping_to_primitive"]],
        "transformation_matrix": d["transformation_matrix"].tolist(),
        "origin_shift": d["origin_shift"].tolist(),
        "std_lattice": d["std_lattice"].tolist(),
        "std_parameters": params(d["std_lattice"]),
        "n_std": int(len(d["std_types"])),
        "std_types": [int(x) for x in d["std_types"]],
        "std_positions": d["std_positions"].tolist(),
        "std_primitive_parameters": params(std_prim[0]),
        "n_std_primitive": int(len(std_prim[2])),
        "wyckoffs": list(d["wyckoffs"]),
        "site_symmetry_symbols": list(d["site_symmetry_symbols"]),
    }, dt


def entry(name, lattice, frac, types, type_species, timings=None):
    lattice = np.asarray(lattice, dtype=float)
    frac = np.asarray(frac, dtype=float)
    e = {"id": name, "lattice": lattice.tolist(), "types": [int(t) for t in types],
         "type_species": type_species, "frac": frac.tolist(), "spglib": {}}
    for sp in SYMPRECS:
        d, dt = dataset(lattice, frac, types, sp)
        e["spglib"][str(sp)] = d
        if timings is not None:
            timings.append(dt)
    return e


def from_pymatgen(name, s, timings):
    keys, types, type_species = {}, [], []
    for site in s:
        key = tuple(sorted((str(sp), round(float(occ), 8)) for sp, occ in site.species.items()))
        if key not in keys:
            keys[key] = len(keys)
            type_species.append([[k, v] for k, v in key])
        types.append(keys[key])
    return entry(name, s.lattice.matrix, s.frac_coords, types, type_species, timings)


def obelix():
    from pymatgen.core import Structure
    out, timings = [], []
    for f in sorted(glob.glob(os.path.join(CIFS, "*.cif"))):
        s = Structure.from_file(f)
        out.append(from_pymatgen(os.path.basename(f)[:-4], s, timings))
    return out, timings


# ---------------------------------------------------------------- synthetic structures

def expand(hall, lattice, wyckoff, tol=1e-4):
    """Orbits of representative points under spglib's database operations of a Hall setting."""
    ops = spglib.get_symmetry_from_database(hall)
    frac, types = [], []
    for t, x in wyckoff:
        pts = []
        for r, tr in zip(ops["rotations"], ops["translations"]):
            y = (r @ np.asarray(x, float) + tr) % 1.0
            if all(np.linalg.norm(((y - p + 0.5) % 1.0 - 0.5) @ lattice) > tol for p in pts):
                pts.append(y)
        frac += pts
        types += [t] * len(pts)
    return np.asarray(lattice, float), np.asarray(frac), types


def species_of(names):
    return [[[n, 1.0]] for n in names]


def lattice_from(a, b, c, al, be, ga):
    al, be, ga = np.radians([al, be, ga])
    cx = np.cos(be)
    cy = (np.cos(al) - np.cos(be) * np.cos(ga)) / np.sin(ga)
    return np.array([[a, 0, 0], [b * np.cos(ga), b * np.sin(ga), 0], [c * cx, c * cy, c * np.sqrt(1 - cx * cx - cy * cy)]])


def prototypes():
    cub = lambda a: lattice_from(a, a, a, 90, 90, 90)
    hexl = lambda a, c: lattice_from(a, a, c, 90, 90, 120)
    p = {}
    p["rocksalt"] = (expand(523, cub(5.64), [(0, [0, 0, 0]), (1, [0.5, 0.5, 0.5])]), ["Na", "Cl"])
    p["perovskite"] = (expand(517, cub(3.905), [(0, [0, 0, 0]), (1, [0.5, 0.5, 0.5]), (2, [0.5, 0.5, 0])]), ["Sr", "Ti", "O"])
    p["wurtzite"] = (expand(480, hexl(3.25, 5.21), [(0, [1 / 3, 2 / 3, 0]), (1, [1 / 3, 2 / 3, 0.382])]), ["Zn", "O"])
    p["spinel"] = (expand(526, cub(8.08), [(0, [1 / 8, 1 / 8, 1 / 8]), (1, [0.5, 0.5, 0.5]), (2, [0.2624, 0.2624, 0.2624])]), ["Mg", "Al", "O"])
    p["garnet"] = (expand(530, cub(12.0), [(0, [1 / 8, 0, 1 / 4]), (1, [0, 0, 0]), (2, [3 / 8, 0, 1 / 4]), (3, [-0.0306, 0.0512, 0.1500])]), ["Y", "Al", "Ga", "O"])
    p["hcp"] = (expand(488, hexl(3.21, 5.21), [(0, [1 / 3, 2 / 3, 1 / 4])]), ["Mg"])
    p["nias"] = (expand(488, hexl(3.61, 5.03), [(0, [0, 0, 0]), (1, [1 / 3, 2 / 3, 1 / 4])]), ["Ni", "As"])
    p["corundum"] = (expand(460, hexl(4.759, 12.99), [(0, [0, 0, 0.352]), (1, [0.306, 0, 0.25])]), ["Al", "O"])
    p["quartz"] = (expand(DEFAULT_HALL[154], hexl(4.913, 5.405), [(0, [0.4697, 0, 0]), (1, [0.4135, 0.2669, 0.1191])]), ["Si", "O"])
    p["olivine"] = (expand(DEFAULT_HALL[62], lattice_from(10.33, 6.01, 4.69, 90, 90, 90),
                           [(0, [0, 0, 0]), (1, [0.2822, 0.25, 0.9747]), (2, [0.0949, 0.25, 0.4180]),
                            (3, [0.0968, 0.25, 0.7428]), (4, [0.4571, 0.25, 0.2060]), (5, [0.1656, 0.0465, 0.2848])]),
                    ["Li", "Fe", "P", "O", "O", "O"])
    rng = np.random.default_rng(7)
    p["triclinic"] = ((lattice_from(4.1, 5.3, 6.2, 81, 97, 104), rng.random((5, 3)), [0, 1, 1, 2, 2]), ["K", "Br", "I"])
    return p


def random_unimodular(rng):
    while True:
        m = rng.integers(-1, 2, size=(3, 3))
        if round(abs(np.linalg.det(m))) == 1:
            return m


def random_rotation(rng):
    q, _ = np.linalg.qr(rng.normal(size=(3, 3)))
    return q * np.sign(np.linalg.det(q))


def transformed(lattice, frac, types, rng, noise):
    """Same crystal in a random unimodular basis, rotated, origin-shifted, with Gaussian noise (Angstrom)."""
    m = random_unimodular(rng)
    new_lat = m @ lattice @ random_rotation(rng).T
    new_frac = (frac @ np.linalg.inv(m) + rng.random(3)) % 1.0
    if noise > 0:
        new_frac = new_frac + (rng.normal(scale=noise, size=new_frac.shape) @ np.linalg.inv(new_lat))
    return new_lat, new_frac % 1.0, types


def supercell(lattice, frac, types, m):
    m = np.asarray(m)
    new_lat = m @ lattice
    n = int(round(abs(np.linalg.det(m))))
    inv = np.linalg.inv(m)
    rng_ = range(-3, 4)
    pts, ts = [], []
    for i in rng_:
        for j in rng_:
            for k in rng_:
                for x, t in zip(frac, types):
                    y = (x + [i, j, k]) @ inv
                    if np.all(y > -1e-9) and np.all(y < 1 - 1e-9):
                        pts.append(y)
                        ts.append(t)
    assert len(pts) == n * len(frac), (len(pts), n, len(frac))
    return new_lat, np.asarray(pts), ts


def perturbed(lattice, frac, types, rng, amp):
    """Each atom displaced by a random vector of length amp (Angstrom)."""
    v = rng.normal(size=frac.shape)
    v = amp * v / np.linalg.norm(v, axis=1)[:, None]
    return lattice, (frac + v @ np.linalg.inv(lattice)) % 1.0, types


def random_lattice(number, rng):
    a, b, c = rng.uniform(4, 9, 3)
    if number <= 2:
        return lattice_from(a, b, c, *rng.uniform(70, 110, 3))
    if number <= 15:
        return lattice_from(a, b, c, 90, rng.uniform(95, 120), 90)
    if number <= 74:
        return lattice_from(a, b, c, 90, 90, 90)
    if number <= 142:
        return lattice_from(a, a, c, 90, 90, 90)
    if number <= 194:
        return lattice_from(a, a, c, 90, 90, 120)
    return lattice_from(a, a, a, 90, 90, 90)


def min_distance(lat, frac):
    d = frac[:, None, :] - frac[None, :, :]
    d -= np.round(d)
    r = np.linalg.norm(d @ lat, axis=2) + 1e9 * np.eye(len(frac))
    return r.min()


def random_structure(number, rng):
    """Two atoms on random general positions of the default setting, none closer than 1 Angstrom."""
    hall = DEFAULT_HALL[number]
    mult = len(spglib.get_symmetry_from_database(hall)["rotations"])
    for _ in range(500):
        lat = random_lattice(number, rng)
        lat *= np.cbrt(20.0 * 2 * mult / abs(np.linalg.det(lat)))
        lat, frac, types = expand(hall, lat, [(0, rng.random(3)), (1, rng.random(3))])
        if len(frac) == 2 * mult and min_distance(lat, frac) > 1.0:
            return lat, frac, types
    raise RuntimeError("no random structure for %d" % number)


def synthetic():
    out, timings = [], []
    rng = np.random.default_rng(20240601)
    for name, ((lat, frac, types), names) in prototypes().items():
        sp = species_of(names)
        out.append(entry(name, lat, frac, types, sp, timings))
        out.append(entry(name + "-221", *supercell(lat, frac, types, [[2, 0, 0], [0, 1, 0], [0, 0, 1]]), sp, timings))
        out.append(entry(name + "-skew", *supercell(lat, frac, types, [[1, 1, 0], [-1, 1, 0], [0, 0, 1]]), sp, timings))
        out.append(entry(name + "-transformed", *transformed(lat, frac, types, rng, 0.0), sp, timings))
        out.append(entry(name + "-noise0.002", *perturbed(lat, frac, types, rng, 0.002), sp, timings))
        out.append(entry(name + "-noise0.03", *perturbed(lat, frac, types, rng, 0.03), sp, timings))
        out.append(entry(name + "-transformed-noise0.001", *transformed(lat, frac, types, rng, 0.001), sp, timings))
    for number in range(1, 231):
        lat, frac, types = random_structure(number, rng)
        sp = species_of(["Li", "O"])
        out.append(entry("sg%03d" % number, lat, frac, types, sp, timings))
        out.append(entry("sg%03d-transformed" % number, *transformed(lat, frac, types, rng, 0.0005), sp, timings))
    return out, timings


def default_settings():
    out = []
    for number in range(1, 231):
        h = DEFAULT_HALL[number]
        t = spglib.get_spacegroup_type(h)
        ops = spglib.get_symmetry_from_database(h)
        out.append({"number": number, "hall_number": h, "hall_symbol": t["hall_symbol"],
                    "international": t["international_short"], "choice": t["choice"],
                    "pointgroup": t["pointgroup_international"],
                    "rotations": [r.flatten().tolist() for r in ops["rotations"]],
                    "translations": [tr.tolist() for tr in ops["translations"]]})
    return out


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with gzip.open(os.path.join(OUT, name), "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, separators=(",", ":"))


def main():
    print("spglib", spglib.__version__, file=sys.stderr)
    write("spglib-default-settings.json.gz", default_settings())
    syn, t_syn = synthetic()
    write("synthetic-spglib.json.gz", {"spglib_version": spglib.__version__, "structures": syn})
    obx, t_obx = obelix()
    write("obelix-spglib.json.gz", {"spglib_version": spglib.__version__, "structures": obx})
    for label, t in (("obelix", t_obx), ("synthetic", t_syn)):
        print("%s: %d spglib calls, %.3f s total, %.2f ms per call" % (label, len(t), sum(t), 1e3 * sum(t) / len(t)),
              file=sys.stderr)


if __name__ == "__main__":
    main()

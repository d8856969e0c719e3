#!/usr/bin/python3
"""Table of the Wyckoff positions of the 230 space-group types in spglib's standard settings.

Run from the repository root:  /usr/bin/python3 scripts/data/make_wyckoff_table.py
Writes ionmat-core/src/main/resources/org/ionmat/core/symmetry/analysis/wyckoff-positions.tsv

The Wyckoff positions themselves are facts of the International Tables (Vol. A); the letters and
site-symmetry symbols are those of spglib 2.0.2's database, asked of spglib by placing atoms:
 1. special points are found on a grid of 1/24 in the default Hall setting of each type (operations
    from spglib's database); the site-symmetry group of a grid point fixes an affine subspace
    (point, line or plane), on which a generic point is chosen;
 2. the generic point's orbit, together with a second atom on a general position that pins the space
    group, is given to spglib, which reports the Wyckoff letter and site-symmetry symbol; the
    representative is the atom's position in spglib's standardized frame (x_std = P x + p), so the
    letter refers to the tabulated setting;
 3. the general position (whole space) is added, and grid points already in a known position are
    skipped.
Each row: number, letter, multiplicity (in the conventional cell), site-symmetry symbol, dimension,
a representative point (generic on its position) and integer direction vectors spanning the
position. A point belongs to a position if some image under the group lies on
representative + span(directions) (mod lattice) and has the same multiplicity. The script checks
that the total is 1731, the number of Wyckoff positions in the International Tables.
"""
import itertools
import os

import numpy as np
import spglib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "ionmat-core/src/main/resources/org/ionmat/core/symmetry/analysis/wyckoff-positions.tsv")
GRID = 24
SHIFTS = np.array(list(itertools.product((-1, 0, 1), repeat=3)), dtype=float)
DEFAULT_HALL = {}
for _h in range(1, 531):
    DEFAULT_HALL.setdefault(spglib.get_spacegroup_type(_h)["number"], _h)


def lattice_for(number):
    a, b, c = 5.1, 6.3, 7.7
    if number <= 2:
        return cell(a, b, c, 83, 97, 104)
    if number <= 15:
        return cell(a, b, c, 90, 107, 90)
    if number <= 74:
        return cell(a, b, c, 90, 90, 90)
    if number <= 142:
        return cell(a, a, c, 90, 90, 90)
    if number <= 194:
        return cell(a, a, c, 90, 90, 120)
    return cell(a, a, a, 90, 90, 90)


def cell(a, b, c, al, be, ga):
    al, be, ga = np.radians([al, be, ga])
    cx = np.cos(be)
    cy = (np.cos(al) - np.cos(be) * np.cos(ga)) / np.sin(ga)
    return np.array([[a, 0, 0], [b * np.cos(ga), b * np.sin(ga), 0], [c * cx, c * cy, c * np.sqrt(1 - cx * cx - cy * cy)]])


def orbit(rots, trans, x, tol=1e-6):
    pts = []
    for r, t in zip(rots, trans):
        y = (r @ x + t) % 1.0
        y[y > 1 - 1e-9] = 0
        if all(np.abs((y - p + 0.5) % 1.0 - 0.5).max() > tol for p in pts):
            pts.append(y)
    return np.array(pts)


def site_group(rots, trans, x, tol=1e-6):
    """Rotations of the operations fixing x (mod lattice) and the subspace they fix: directions."""
    fixing = []
    for r, t in zip(rots, trans):
        d = r @ x + t - x
        if np.abs(d - np.round(d)).max() < tol:
            fixing.append(r)
    a = np.vstack([r - np.eye(3) for r in fixing])
    _, s, vt = np.linalg.svd(a)
    dim = int(np.sum(s < 1e-8)) + (3 - len(s) if len(s) < 3 else 0)
    return fixing, dim, integer_directions(fixing, dim)


def integer_directions(fixing, dim):
    if dim == 0:
        return []
    if dim == 3:
        return [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    cands = [v for v in itertools.product(range(-2, 3), repeat=3) if any(v)]
    cands.sort(key=lambda v: (sum(abs(x) for x in v), [-x for x in v]))
    ok = [np.array(v) for v in cands if all(np.abs((r - np.eye(3)) @ np.array(v)).max() < 1e-9 for r in fixing)]
    basis = []
    for v in ok:
        m = np.array(basis + [v])
        if np.linalg.matrix_rank(m) == len(basis) + 1:
            basis.append(v)
        if len(basis) == dim:
            return [b.tolist() for b in basis]
    raise RuntimeError("no integer basis")


def on_position(rots, trans, x, rep, dirs, tol=1e-5):
    """True if some image of x lies on rep + span(dirs) modulo lattice vectors."""
    b = np.array(dirs, dtype=float).T if dirs else None
    for r, t in zip(rots, trans):
        d = (r @ x + t - rep) % 1.0
        cand = d[None, :] + SHIFTS
        if b is None:
            if (np.abs(cand).max(axis=1) < tol).any():
                return True
            continue
        coef, *_ = np.linalg.lstsq(b, cand.T, rcond=None)
        res = cand.T - b @ coef
        if (np.abs(res).max(axis=0) < tol).any():
            return True
    return False


def letter_of(number, hall, rots, trans, lat, z, rng):
    """spglib's letter and site symmetry for the orbit of z, and z's position in spglib's frame."""
    pts = orbit(rots, trans, z)
    while True:
        g = orbit(rots, trans, rng.random(3))
        if len(g) == len(rots) and min(np.linalg.norm(((g[:, None] - pts[None] + 0.5) % 1 - 0.5) @ lat, axis=2).ravel()) > 0.3:
            break
    frac = np.vstack([pts, g])
    types = [1] * len(pts) + [2] * len(g)
    d = spglib.get_symmetry_dataset((lat, frac, types), symprec=1e-5)
    assert d["number"] == number and d["hall_number"] == hall, (number, d["number"], d["hall_number"])
    y = (d["transformation_matrix"] @ pts[0] + d["origin_shift"]) % 1.0
    return d["wyckoffs"][0], d["site_symmetry_symbols"][0], y, len(pts)


def positions(number, rng):
    hall = DEFAULT_HALL[number]
    ops = spglib.get_symmetry_from_database(hall)
    rots, trans = ops["rotations"].astype(float), ops["translations"]
    lat = lattice_for(number)
    found = []  # (letter, mult, symbol, dim, rep, dirs)
    # general position
    z = rng.random(3)
    letter, symbol, y, mult = letter_of(number, hall, rots, trans, lat, z, rng)
    found.append((letter, mult, symbol, 3, y, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
    grid = np.array(list(itertools.product(range(GRID), repeat=3)), dtype=float) / GRID
    # orbit representatives of grid points (images of grid points are grid points)
    idx = np.arange(len(grid))
    canon = idx.copy()
    for r, t in zip(rots, trans):
        img = (grid @ r.T + t) % 1.0
        k = np.round(img * GRID).astype(int) % GRID
        canon = np.minimum(canon, (k[:, 0] * GRID + k[:, 1]) * GRID + k[:, 2])
    reps = np.unique(canon)
    for i in reps:
        x = grid[i]
        fixing, dim, dirs = site_group(rots, trans, x)
        if len(fixing) == 1:
            continue
        mult = len(rots) // len(fixing)
        if any(f[1] == mult and on_position(rots, trans, x, f[4], f[5]) for f in found):
            continue
        b = np.array(dirs, dtype=float).reshape(-1, 3)
        z = x + (rng.random(len(b)) * 0.6 + 0.2) @ b * 0.37 if dim else x
        letter, symbol, y, m = letter_of(number, hall, rots, trans, lat, z, rng)
        assert m == mult
        fy, dy, diry = site_group(rots, trans, y)
        assert len(fy) == len(fixing) and dy == dim
        if any(f[0] == letter for f in found):
            raise RuntimeError("letter %s of %d found twice" % (letter, number))
        found.append((letter, mult, symbol, dim, y, diry))
    found.sort(key=lambda f: (f[0].isupper(), f[0]))
    return found


def main():
    rng = np.random.default_rng(1731)
    rows = []
    for number in range(1, 231):
        for letter, mult, symbol, dim, rep, dirs in positions(number, rng):
            rows.append((number, letter, mult, symbol, dim, rep, dirs))
    assert len(rows) == 1731, len(rows)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        fh.write("# Wyckoff positions of the 230 space-group types in spglib's standard (default Hall) settings.\n")
        fh.write("# Letters and site-symmetry symbols as in spglib 2.0.2 (International Tables A); made by\n")
        fh.write("# scripts/data/make_wyckoff_table.py. Columns: number, letter, multiplicity (conventional cell),\n")
        fh.write("# site symmetry, dimension, representative x y z (generic on the position), directions spanning\n")
        fh.write("# the position (integer vectors, ';'-separated).\n")
        for number, letter, mult, symbol, dim, rep, dirs in rows:
            fh.write("%d\t%s\t%d\t%s\t%d\t%.10f %.10f %.10f\t%s\n" % (
                number, letter, mult, symbol, dim, rep[0], rep[1], rep[2],
                ";".join(" ".join(str(int(v)) for v in d) for d in dirs) if dirs else "-"))
    print("wrote %d Wyckoff positions to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Golden values for the file-format tests of ionmat-core: what ASE 3.22.1 reads from the committed
sample files (ionmat-core/src/test/resources/io/{ase,lammps,hand,chain}) and what LAMMPS reads from
the LAMMPS data files written by ionmat (io/chain/*.data).

    /usr/bin/python3 scripts/golden/formats_ase.py

writes ionmat-core/src/test/resources/io/golden/ase_formats.json. Positions are Cartesian (Å)
relative to the cell origin (ASE's celldisp subtracted), velocities in Å/ps, forces in eV/Å,
stress in eV/Å^3 as a row-major 3x3 matrix. Run after scripts/golden/make_format_samples.py and
after regenerating io/chain with `mvn -pl ionmat-core test -Dtest=ConversionChainTest -Dionmat.regenerate=true`.
"""
import json
import os
import subprocess
import sys
import tempfile

import ase
import numpy as np
from ase import units
from ase.constraints import FixAtoms, FixScaled
from ase.data import atomic_numbers
from ase.io import read

# ASE 3.22.1 passes the dump column q as an (N, 1) array to set_initial_charges, which rejects it;
# flatten it (workaround for that bug only, no change of the values).
_set_initial_charges = ase.Atoms.set_initial_charges
ase.Atoms.set_initial_charges = lambda self, charges=None: _set_initial_charges(
    self, None if charges is None else np.ravel(charges))

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RES = os.path.join(ROOT, "ionmat-core", "src", "test", "resources", "io")

LI_GE_O = {1: atomic_numbers["Li"], 2: atomic_numbers["Ge"], 3: atomic_numbers["O"]}
LI_O = {1: atomic_numbers["Li"], 2: atomic_numbers["O"]}

# file -> (ASE format, keyword arguments)
FILES = {
    "ase/Li4Ge2O8.vasp": ("vasp", {}),
    "ase/Li4Ge2O8_cart.vasp": ("vasp", {}),
    "ase/Li4Ge2O8_vasp4.vasp": ("vasp", {}),
    "ase/selective.vasp": ("vasp", {}),
    "hand/POSCAR_vasp4": ("vasp", {}),
    "hand/CONTCAR_velocities": ("vasp", {}),
    "chain/step3.vasp": ("vasp", {}),
    "ase/XDATCAR": ("vasp-xdatcar", {"index": ":"}),
    "hand/XDATCAR_npt": ("vasp-xdatcar", {"index": ":"}),
    "chain/npt.XDATCAR": ("vasp-xdatcar", {"index": ":"}),
    "ase/frames.extxyz": ("extxyz", {"index": ":"}),
    "chain/step1.extxyz": ("extxyz", {"index": ":"}),
    "chain/frames.extxyz": ("extxyz", {"index": ":"}),
    "ase/atomic.data": ("lammps-data", {"style": "atomic", "Z_of_type": LI_GE_O, "sort_by_id": True}),
    "ase/charge.data": ("lammps-data", {"style": "charge", "Z_of_type": LI_GE_O, "sort_by_id": True}),
    "hand/triclinic.data": ("lammps-data", {"style": "atomic", "Z_of_type": LI_O, "sort_by_id": True}),
    "chain/step2.data": ("lammps-data", {"style": "atomic", "Z_of_type": LI_GE_O, "sort_by_id": True}),
    "chain/charge_velocities.data": ("lammps-data", {"style": "charge", "Z_of_type": LI_GE_O, "sort_by_id": True}),
    "chain/hexagonal.data": ("lammps-data", {"style": "atomic", "Z_of_type": LI_O, "sort_by_id": True}),
    "chain/skewed.data": ("lammps-data", {"style": "atomic", "Z_of_type": LI_O, "sort_by_id": True}),
    "chain/lefthanded.data": ("lammps-data", {"style": "atomic", "Z_of_type": LI_O, "sort_by_id": True}),
    "lammps/npt.lammpstrj": ("lammps-dump-text", {"index": ":"}),
    "chain/npt.lammpstrj": ("lammps-dump-text", {"index": ":"}),
    "hand/dump_shuffled.lammpstrj": ("lammps-dump-text", {"index": ":", "specorder": ["Li", "O"]}),
}

# dumps with scaled coordinates (xs ys zs)
SCALED_DUMPS = {"hand/dump_shuffled.lammpstrj"}

# LAMMPS data files written by ionmat that LAMMPS itself reads back: file -> atom style
LAMMPS_READS = {
    "chain/step2.data": "atomic",
    "chain/charge_velocities.data": "charge",
    "chain/hexagonal.data": "atomic",
    "chain/skewed.data": "atomic",
    "chain/lefthanded.data": "atomic",
}


def movable_flags(atoms):
    """VASP selective-dynamics flags (1 = T, may move) from ASE constraints, or None."""
    if not atoms.constraints:
        return None
    flags = np.ones((len(atoms), 3))
    for c in atoms.constraints:
        if isinstance(c, FixAtoms):
            flags[c.index] = 0
        elif isinstance(c, FixScaled):
            flags[c.a] = np.where(c.mask, 0, 1)
    return flags.tolist()


def data_origin(path):
    """xlo, ylo, zlo of a LAMMPS data file: ASE 3.22.1 keeps absolute positions but drops the origin."""
    origin = [0.0, 0.0, 0.0]
    for line in open(path):
        words = line.split("#")[0].split()
        for k, key in enumerate(("xlo", "ylo", "zlo")):
            if len(words) == 4 and words[2] == key:
                origin[k] = float(words[0])
    return np.array(origin)


def frame_dict(atoms, origin):
    """origin: the cell origin to subtract from ASE's positions."""
    d = {
        "symbols": atoms.get_chemical_symbols(),
        "cell": atoms.cell.array.tolist(),
        "positions": (atoms.positions - origin).tolist(),
    }
    if atoms.has("momenta"):
        d["velocities"] = (atoms.get_velocities() * units.fs * 1000).tolist()  # Å/ps
    if atoms.has("initial_charges"):
        d["charges"] = atoms.get_initial_charges().tolist()
    flags = movable_flags(atoms)
    if flags is not None:
        d["selective_dynamics"] = flags
    calc = atoms.calc
    if calc is not None:
        res = calc.results
        if "energy" in res:
            d["energy"] = float(res["energy"])
        if "forces" in res:
            d["forces"] = np.asarray(res["forces"]).tolist()
        if "stress" in res:
            d["stress"] = atoms.get_stress(voigt=False).reshape(9).tolist()
    for key in ("initial_magmoms", "tags"):
        if atoms.has(key):
            d[key] = atoms.arrays[key].tolist()
    info = {k: v for k, v in atoms.info.items() if isinstance(v, (str, int, float))}
    if info:
        d["info"] = {k: str(v) for k, v in info.items()}
    return d


def lammps_read(rel, style):
    """Box and atoms as LAMMPS' read_data sees them (write_dump right after)."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = os.path.join(tmp, "out.dump")
        cols = "id type x y z ix iy iz vx vy vz" + (" q" if style == "charge" else "")
        script = ("units metal\natom_style {style}\nboundary p p p\nread_data {data}\n"
                  "write_dump all custom {dump} {cols} modify sort id format float %.17g\n").format(
            style=style, data=os.path.join(RES, rel), dump=dump, cols=cols)
        subprocess.run(["lmp", "-log", "none", "-screen", "none"], input=script.encode(), check=True, cwd=tmp)
        lines = open(dump).read().splitlines()
    bounds = [list(map(float, lines[k].split())) for k in (5, 6, 7)]
    triclinic = "xy" in lines[4]
    xy, xz, yz = (bounds[0][2], bounds[1][2], bounds[2][2]) if triclinic else (0.0, 0.0, 0.0)
    xlo = bounds[0][0] - min(0.0, xy, xz, xy + xz)
    xhi = bounds[0][1] - max(0.0, xy, xz, xy + xz)
    ylo = bounds[1][0] - min(0.0, yz)
    yhi = bounds[1][1] - max(0.0, yz)
    zlo, zhi = bounds[2][0], bounds[2][1]
    cell = np.array([[xhi - xlo, 0, 0], [xy, yhi - ylo, 0], [xz, yz, zhi - zlo]])
    atoms = [list(map(float, l.split())) for l in lines[9:]]
    pos = np.array([a[2:5] for a in atoms]) - [xlo, ylo, zlo]
    img = np.array([a[5:8] for a in atoms])
    out = {
        "cell": cell.tolist(),
        "types": [int(a[1]) for a in atoms],
        "positions": (pos + img @ cell).tolist(),  # unwrapped
        "velocities": [a[8:11] for a in atoms],
    }
    if style == "charge":
        out["charges"] = [a[11] for a in atoms]
    return out


def lammps_version():
    text = subprocess.run(["lmp", "-h"], capture_output=True, text=True).stdout
    for line in text.splitlines():
        if line.startswith("Large-scale Atomic/Molecular Massively Parallel Simulator"):
            return line.split(" - ", 1)[1].strip()
    return "unknown"


def main():
    golden = {"ase_version": ase.__version__, "lammps_version": lammps_version(), "files": {}, "lammps": {}}
    for rel, (fmt, kwargs) in FILES.items():
        images = read(os.path.join(RES, rel), format=fmt, **kwargs)
        if not isinstance(images, list):
            images = [images]
        frames = []
        for a in images:
            if fmt == "lammps-data":
                origin = data_origin(os.path.join(RES, rel))
            elif rel in SCALED_DUMPS:
                origin = np.zeros(3)  # ASE builds positions from xs ys zs without adding celldisp
            else:
                origin = a.get_celldisp().reshape(3)
            frames.append(frame_dict(a, origin))
        golden["files"][rel] = {"format": fmt, "frames": frames}
    for rel, style in LAMMPS_READS.items():
        golden["lammps"][rel] = lammps_read(rel, style)
    out = os.path.join(RES, "golden", "ase_formats.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as fd:
        json.dump(golden, fd, indent=1)
    print("wrote", out, len(golden["files"]), "files,", len(golden["lammps"]), "LAMMPS reads")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Golden energies, forces, per-atom energies and virials from LAMMPS for pair potentials with
Ewald or DSF Coulomb (org.ionmat.potential.LammpsGoldenTest).

For each case: builds the structure (Li2O antifluorite supercells, perturbed; a general triclinic
Li2O cell; a charged Li2O cell with a Li vacancy; tetragonal LLZO from the OBELiX CIF wyu.cif),
writes the LAMMPS data file and input script to scripts/golden/lammps_potentials/<case>/, runs
`lmp` (single process, `run 0`), and collects the potential energy, forces, per-atom energies
(compute pe/atom, including k-space) and the virial. Writes
ionmat-potential/src/test/resources/golden/lammps_potentials.json with, per case, the ionmat
potential file (JSON object), the structure (lattice rows, species, Cartesian positions in the
LAMMPS frame, Å) and the LAMMPS results. Run from the repository root:

    /usr/bin/python3 scripts/golden/lammps_potentials.py

Peer: LAMMPS 29 Sep 2021 (Debian package), units metal. Ewald: `kspace_style ewald 1e-12`,
`kspace_modify gewald 0.9` (see G_EWALD) and
`pair_modify table 20`: the real-space erfc(g r)/r is then tabulated from the C library's erfc
(2^20 points); with `table 0` LAMMPS evaluates erfc by the Abramowitz-Stegun polynomial 7.1.26
(absolute error ~1e-7), which alone moves these energies by ~8e-7 relative. DSF: `born/coul/dsf`
(Born with sigma = D = 0 is Buckingham). The virial is recovered from the pressure tensor:
W = P V / nktv2p with LAMMPS's own nktv2p = 1.6021765e6 bar per eV/Å^3 (velocities are zero, so P
is the virial part). For a charged cell LAMMPS's Ewald adds the neutralising-background energy
-pi qqr2e Q^2 / (2 V g^2) to the energy but not to the virial; ionmat includes its virial
(E_bg on the diagonal, the strain derivative of that energy), so the script records
`background_virial_omitted` = E_bg with LAMMPS's g_ewald (parsed from the log) for the test.
LAMMPS's Coulomb constant in metal units is 14.399645 eV Å, ionmat's the CODATA 2018 value
14.399645478 (3.3e-8 relative apart); `dielectric 14.399645/14.399645478` makes LAMMPS use the
CODATA value, so that the comparison tests the methods rather than the constant.

Potentials:
  Li2O: Li-O A = 426.480 eV, rho = 0.3000 Å, C = 0 (Bush, Gale, Catlow & Battle, J. Mater. Chem. 4,
  831 (1994)); O-O A = 22764.0 eV, rho = 0.149 Å, C = 27.88 eV Å^6 (Lewis & Catlow, J. Phys. C 18,
  1149 (1985)); formal charges, used as a rigid-ion model (the published sets use a shell on O).
  LLZO: Teter-type partial-charge Buckingham set (Li 0.6, La 1.8, Zr 2.4, O -1.2) as tabulated by
  Deng & Du, J. Am. Ceram. Soc. 102, 2482 (2019) (Li, Zr, O) and the Teter set used by Du and
  co-workers for La.
"""
import json
import os
import subprocess

import numpy as np
from pymatgen.core import Structure

ROOT = os.getcwd()
WORK = os.path.join(ROOT, "scripts", "golden", "lammps_potentials")
OUT = os.path.join(ROOT, "ionmat-potential", "src", "test", "resources", "golden", "lammps_potentials.json")
SHARED = os.path.join(ROOT, "..", "shared", "data", "obelix", "cifs", "wyu.cif")
LMP = "/usr/bin/lmp"
NKTV2P = 1.6021765e6  # LAMMPS metal units: bar per eV/Å^3
LAMMPS_QQR2E = 14.399645  # LAMMPS metal units: e^2/(4 pi eps0) in eV Å
QQR2E = 14.399645478425668  # CODATA 2018 value used by ionmat
# LAMMPS divides qqr2e by the dielectric constant: this makes it use the CODATA value
DIELECTRIC = LAMMPS_QQR2E / QQR2E
# A large split parameter moves most of the Coulomb sum to k-space, which LAMMPS evaluates exactly,
# and shrinks the tabulated real-space part: LAMMPS's forces then vary with g by < 1e-7 relative
# (with its automatic g = 0.52 they vary by ~4e-7 between g = 0.45 and 0.9).
G_EWALD = 0.9
MASS = {"Li": 6.94, "O": 15.999, "La": 138.905, "Zr": 91.224}

LI2O = {
    "name": "Li2O rigid-ion Buckingham",
    "charges": {"Li": 1, "O": -2},
    "pairs": [
        {"species": ["Li", "O"], "type": "buckingham", "A": 426.48, "rho": 0.3, "C": 0.0},
        {"species": ["O", "O"], "type": "buckingham", "A": 22764.0, "rho": 0.149, "C": 27.88},
    ],
    "cutoff": 10.0,
}
LLZO = {
    "name": "LLZO Teter partial-charge Buckingham",
    "charges": {"Li": 0.6, "La": 1.8, "Zr": 2.4, "O": -1.2},
    "pairs": [
        {"species": ["Li", "O"], "type": "buckingham", "A": 41051.938, "rho": 0.151160, "C": 0.0},
        {"species": ["La", "O"], "type": "buckingham", "A": 4369.39, "rho": 0.2786, "C": 60.278},
        {"species": ["Zr", "O"], "type": "buckingham", "A": 17943.384, "rho": 0.226627, "C": 127.65},
        {"species": ["O", "O"], "type": "buckingham", "A": 2029.2204, "rho": 0.343645, "C": 192.58},
    ],
    "cutoff": 9.0,
}
LI2O_MORSE_LJ = {
    "name": "Li2O Morse + LJ test model",
    "charges": {"Li": 1, "O": -2},
    "pairs": [
        {"species": ["Li", "O"], "type": "morse", "D0": 0.8, "alpha": 2.2, "r0": 1.75},
        {"species": ["O", "O"], "type": "lj", "epsilon": 0.012, "sigma": 3.1},
        {"species": ["Li", "Li"], "type": "lj", "epsilon": 0.002, "sigma": 2.2},
    ],
    "cutoff": 9.5,
}


def li2o_cell(a, n):
    fcc = [(0, 0, 0), (0, .5, .5), (.5, 0, .5), (.5, .5, 0)]
    tet = [(x, y, z) for x in (.25, .75) for y in (.25, .75) for z in (.25, .75)]
    species, frac = [], []
    for i in range(n):
        for j in range(n):
            for k in range(n):
                for f in fcc:
                    species.append("O")
                    frac.append([(i + f[0]) / n, (j + f[1]) / n, (k + f[2]) / n])
                for f in tet:
                    species.append("Li")
                    frac.append([(i + f[0]) / n, (j + f[1]) / n, (k + f[2]) / n])
    return np.eye(3) * a * n, species, np.array(frac)


def lammps_frame(lattice, frac):
    """Lattice rows rotated into LAMMPS's restricted triclinic form (a along x, b in the xy plane)."""
    a, b, c = lattice
    la, lb, lc = (np.linalg.norm(v) for v in (a, b, c))
    cos_al = np.dot(b, c) / (lb * lc)
    cos_be = np.dot(a, c) / (la * lc)
    cos_ga = np.dot(a, b) / (la * lb)
    lx = la
    xy = lb * cos_ga
    ly = np.sqrt(lb ** 2 - xy ** 2)
    xz = lc * cos_be
    yz = (lb * lc * cos_al - xy * xz) / ly
    lz = np.sqrt(lc ** 2 - xz ** 2 - yz ** 2)
    rows = np.array([[lx, 0, 0], [xy, ly, 0], [xz, yz, lz]])
    return rows, frac @ rows


def perturb(cart, amplitude, seed):
    rng = np.random.default_rng(seed)
    return cart + amplitude * (2 * rng.random(cart.shape) - 1)


def structures():
    out = {}
    lat, sp, frac = li2o_cell(4.6114, 2)
    rows, cart = lammps_frame(lat, frac)
    out["li2o_222"] = (rows, sp, perturb(cart, 0.12, 1))
    deform = np.eye(3) + np.array([[0.03, 0.12, -0.08], [0.05, -0.02, 0.10], [-0.06, 0.07, 0.04]])
    rows, cart = lammps_frame(lat @ deform.T, frac)
    out["li2o_triclinic"] = (rows, sp, perturb(cart, 0.1, 2))
    rows, cart = lammps_frame(lat, frac)
    first_li = sp.index("Li")
    keep = [i for i in range(len(sp)) if i != first_li]
    out["li2o_vacancy_charged"] = (rows, [sp[i] for i in keep], perturb(cart[keep], 0.1, 3))
    s = Structure.from_file(SHARED)
    s.remove_oxidation_states()
    rows, cart = lammps_frame(s.lattice.matrix, s.frac_coords)
    out["llzo_tetragonal"] = (rows, [site.specie.symbol for site in s], perturb(cart, 0.05, 4))
    return out


CASES = [
    # name, structure, potential, coulomb
    ("li2o_222_ewald", "li2o_222", LI2O, {"method": "ewald", "accuracy": 1e-10}, False),
    ("li2o_triclinic_ewald", "li2o_triclinic", LI2O, {"method": "ewald", "accuracy": 1e-10}, False),
    ("li2o_vacancy_charged_ewald", "li2o_vacancy_charged", LI2O, {"method": "ewald", "accuracy": 1e-10}, False),
    ("llzo_ewald_shifted", "llzo_tetragonal", LLZO, {"method": "ewald", "accuracy": 1e-10}, True),
    ("li2o_morse_lj_ewald", "li2o_triclinic", LI2O_MORSE_LJ, {"method": "ewald", "accuracy": 1e-10}, False),
    ("li2o_222_dsf", "li2o_222", LI2O, {"method": "dsf", "alpha": 0.2}, False),
    ("li2o_triclinic_dsf", "li2o_triclinic", LI2O, {"method": "dsf", "alpha": 0.25}, False),
    ("llzo_dsf", "llzo_tetragonal", LLZO, {"method": "dsf", "alpha": 0.2}, False),
]


def type_order(potential):
    return list(potential["charges"].keys())


def write_data(path, rows, species, cart, potential):
    types = type_order(potential)
    with open(path, "w") as f:
        f.write("ionmat golden structure\n\n%d atoms\n%d atom types\n\n" % (len(species), len(types)))
        f.write("0 %.16g xlo xhi\n0 %.16g ylo yhi\n0 %.16g zlo zhi\n" % (rows[0][0], rows[1][1], rows[2][2]))
        f.write("%.16g %.16g %.16g xy xz yz\n\nMasses\n\n" % (rows[1][0], rows[2][0], rows[2][1]))
        for t, el in enumerate(types):
            f.write("%d %g\n" % (t + 1, MASS[el]))
        f.write("\nAtoms # charge\n\n")
        for i, (el, x) in enumerate(zip(species, cart)):
            f.write("%d %d %.16g %.16g %.16g %.16g\n" % (i + 1, types.index(el) + 1, potential["charges"][el], *x))


def pair_lines(potential, coulomb, shift):
    types = type_order(potential)
    rc = potential["cutoff"]
    index = {el: i + 1 for i, el in enumerate(types)}
    pairs = potential["pairs"]
    kinds = {p["type"] for p in pairs}
    lines = []
    if coulomb["method"] == "ewald" and kinds == {"buckingham"}:
        lines.append("pair_style buck/coul/long %g" % rc)
        lines.append("pair_coeff * * 0.0 1.0 0.0")
        for p in pairs:
            i, j = sorted(index[s] for s in p["species"])
            lines.append("pair_coeff %d %d %.10g %.10g %.10g" % (i, j, p["A"], p["rho"], p["C"]))
        lines.append("pair_modify table 20" + (" shift yes" if shift else ""))
        lines += ["kspace_style ewald %g" % 1e-12, "kspace_modify gewald %g" % G_EWALD]
    elif coulomb["method"] == "ewald":
        lines.append("pair_style hybrid/overlay morse %g lj/cut %g coul/long %g" % (rc, rc, rc))
        lines.append("pair_coeff * * coul/long")
        for p in pairs:
            i, j = sorted(index[s] for s in p["species"])
            if p["type"] == "morse":
                lines.append("pair_coeff %d %d morse %.10g %.10g %.10g" % (i, j, p["D0"], p["alpha"], p["r0"]))
            else:
                lines.append("pair_coeff %d %d lj/cut %.10g %.10g" % (i, j, p["epsilon"], p["sigma"]))
        lines.append("pair_modify table 20")
        lines += ["kspace_style ewald %g" % 1e-12, "kspace_modify gewald %g" % G_EWALD]
    else:
        lines.append("pair_style born/coul/dsf %g %g" % (coulomb["alpha"], rc))
        lines.append("pair_coeff * * 0.0 1.0 0.0 0.0 0.0")
        for p in pairs:
            i, j = sorted(index[s] for s in p["species"])
            lines.append("pair_coeff %d %d %.10g %.10g 0.0 %.10g 0.0" % (i, j, p["A"], p["rho"], p["C"]))
    return lines


def write_input(path, potential, coulomb, shift):
    lines = ["# ionmat golden: written by scripts/golden/lammps_potentials.py",
             "units metal", "atom_style charge", "boundary p p p", "box tilt large", "read_data data.lmp"]
    lines.append("dielectric %.17g" % DIELECTRIC)
    lines += pair_lines(potential, coulomb, shift)
    lines += ["neighbor 1.0 bin",
              "compute peatom all pe/atom",
              "thermo_style custom step pe pxx pyy pzz pxy pxz pyz vol",
              "thermo_modify format float %.17g",
              "dump d all custom 1 forces.dump id type fx fy fz c_peatom",
              "dump_modify d format float %.17g sort id",
              "run 0"]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def run_lammps(directory):
    subprocess.run([LMP, "-in", "in.lmp", "-log", "log.lammps", "-screen", "none", "-nocite"],
                   cwd=directory, check=True)
    with open(os.path.join(directory, "log.lammps")) as f:
        log = f.read().splitlines()
    head = next(i for i, l in enumerate(log) if l.split()[:2] == ["Step", "PotEng"])
    values = [float(v) for v in log[head + 1].split()]
    pe, pxx, pyy, pzz, pxy, pxz, pyz, vol = values[1:]
    with open(os.path.join(directory, "forces.dump")) as f:
        dump = f.read().splitlines()
    start = dump.index(next(l for l in dump if l.startswith("ITEM: ATOMS"))) + 1
    rows = [l.split() for l in dump[start:]]
    forces = [[float(r[2]), float(r[3]), float(r[4])] for r in rows]
    pe_atom = [float(r[5]) for r in rows]
    p = np.array([[pxx, pxy, pxz], [pxy, pyy, pyz], [pxz, pyz, pzz]])
    virial = (p * vol / NKTV2P).tolist()
    result = {"energy": pe, "forces": forces, "atom_energies": pe_atom, "virial": virial,
              "pressure_tensor_bar": p.tolist(), "volume": vol}
    g = [l for l in log if "G vector (1/distance)" in l]
    if g:
        result["g_ewald"] = float(g[0].split("=")[1])
    return result


def main():
    structs = structures()
    golden = {"peer": "LAMMPS 29 Sep 2021 (lmp, Debian), units metal, run 0", "nktv2p": NKTV2P, "cases": []}
    for name, sname, pot, coulomb, shift in CASES:
        rows, species, cart = structs[sname]
        d = os.path.join(WORK, name)
        os.makedirs(d, exist_ok=True)
        potential = dict(pot)
        potential["coulomb"] = coulomb
        if shift:
            potential["shift"] = True
        write_data(os.path.join(d, "data.lmp"), rows, species, cart, potential)
        write_input(os.path.join(d, "in.lmp"), potential, coulomb, shift)
        result = run_lammps(d)
        net = sum(potential["charges"][el] for el in species)
        if coulomb["method"] == "ewald" and abs(net) > 1e-12:
            result["background_virial_omitted"] = -np.pi * QQR2E * net ** 2 / (2 * result["volume"] * result["g_ewald"] ** 2)
        for junk in ("log.lammps", "forces.dump"):
            os.remove(os.path.join(d, junk))
        golden["cases"].append({"name": name, "potential": potential,
                                "lattice": rows.tolist(), "species": species, "positions": cart.tolist(),
                                "lammps": result})
        print("%-28s %4d atoms  E = %.10f eV" % (name, len(species), result["energy"]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

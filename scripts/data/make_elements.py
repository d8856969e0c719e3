#!/usr/bin/python3
"""Generate ionmat's element table resource (elements.json) for Z = 1..103.

Sources (facts only, no code):
  * pymatgen 2022.11.7 periodic_table.json: name, standard atomic weight, Pauling
    electronegativity, common and all oxidation states, Shannon radii (incl. both spin states).
  * ../shared/data/bondvalence/shannon-radii.json (BVlain's copy of Shannon 1976): used as an
    independent cross-check of every Shannon entry (it lost the coordination label of one of the
    two VI spin states; those entries are matched by value).
  * ASE's transcription of Cordero et al., Dalton Trans. 2008, 2832 (ase.data.covalent_radii):
    covalent radii for Z = 1..96 (C: sp3; Mn, Fe, Co: low spin).
  * Block, group and period are derived from Z with the conventions stated below and checked
    against pymatgen's Element.block / group / row.

Usage (from the repository root):
    /usr/bin/python3 scripts/data/make_elements.py [--shared ../shared]
"""
import argparse
import json
import math
import os
import sys

PMG_TABLE = "/usr/lib/python3/dist-packages/pymatgen/core/periodic_table.json"
OUT = "ionmat-core/src/main/resources/org/ionmat/core/element/elements.json"

SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge "
           "As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm "
           "Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U "
           "Np Pu Am Cm Bk Cf Es Fm Md No Lr").split()
assert len(SYMBOLS) == 103

ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(cn):
    digits = "".join(c for c in cn if c in ROMAN)
    total, prev = 0, 0
    for c in reversed(digits):
        v = ROMAN[c]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def period_of(z):
    for p, last in enumerate((2, 10, 18, 36, 54, 86, 118), start=1):
        if z <= last:
            return p
    raise ValueError(z)


def group_and_block(z):
    """IUPAC group 1..18 (lanthanides La-Lu and actinides Ac-Lr report 3) and block.

    Block convention: La-Yb and Ac-No are 'f', Lu and Lr are 'd' (as pymatgen); He is 'p' by
    position in group 18 (as pymatgen), although its electrons are 1s2.
    """
    if z == 1:
        return 1, "s"
    if z == 2:
        return 18, "p"
    starts = {2: 3, 3: 11, 4: 19, 5: 37, 6: 55, 7: 87}
    p = period_of(z)
    k = z - starts[p]  # 0-based position in the period
    if p in (2, 3):
        if k < 2:
            return k + 1, "s"
        return k + 11, "p"  # B..Ne -> 13..18
    if p in (4, 5):
        if k < 2:
            return k + 1, "s"
        if k < 12:
            return k + 1, "d"  # Sc..Zn -> 3..12
        return k + 1, "p"
    # periods 6 and 7: s (2), f (La/Ac..Yb/No = 14), d (Lu/Lr..Hg/Cn = 10), p (6)
    if k < 2:
        return k + 1, "s"
    if k < 16:
        return 3, "f"
    if k < 26:
        return k - 13, "d"  # Lu (k=16) -> 3 .. Hg (k=25) -> 12
    return k - 13, "p"


def shannon_from_pymatgen(rec):
    out = []
    for ox, by_cn in rec.get("Shannon radii", {}).items():
        for cn, by_spin in by_cn.items():
            for spin, v in by_spin.items():
                out.append([int(ox), cn, spin, v["ionic_radius"], v["crystal_radius"]])
    out.sort(key=lambda e: (e[0], roman_value(e[1]), e[1], e[2]))
    return out


def check_shannon_against_bvlain(symbol, entries, bvlain):
    """Every entry must be in BVlain's copy (same state, coordination, spin, radii), where an
    entry missing under its coordination may appear under the empty coordination key (BVlain's
    JSON keeps one entry per coordination, so the second VI spin state was filed under "")."""
    b = bvlain.get(symbol, {})
    flat = set()
    for ox, by_cn in b.items():
        for cn, v in by_cn.items():
            flat.add((int(ox), cn, v["spin"], v["r_ionic"], v["r_crystal"]))
    seen = set()
    for ox, cn, spin, ri, rc in entries:
        key = (ox, cn, spin, ri, rc)
        alt = (ox, "", spin, ri, rc)
        if key in flat:
            seen.add(key)
        elif alt in flat:
            seen.add(alt)
        else:
            raise SystemExit(f"Shannon entry {symbol} {key} not in BVlain's table")
    extra = flat - seen
    if extra:
        raise SystemExit(f"BVlain has Shannon entries for {symbol} that pymatgen lacks: {sorted(extra)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()

    pmg = json.load(open(PMG_TABLE))
    bvlain = json.load(open(os.path.join(args.shared, "data/bondvalence/shannon-radii.json")))
    from ase.data import covalent_radii  # Cordero et al. 2008, 0.2 where missing
    from pymatgen.core import Element  # only to cross-check block/group/period

    elements = []
    shannon_exceptions = []
    for z, sym in enumerate(SYMBOLS, start=1):
        rec = pmg[sym]
        assert rec["Atomic no"] == z, sym
        group, block = group_and_block(z)
        pe = Element(sym)
        if (block, group, period_of(z)) != (pe.block, pe.group, pe.row):
            raise SystemExit(f"{sym}: block/group/period {(block, group, period_of(z))} "
                             f"!= pymatgen {(pe.block, pe.group, pe.row)}")
        x = rec.get("X")
        if x is not None and (not isinstance(x, (int, float)) or math.isnan(x)):
            x = None
        rcov = float(covalent_radii[z]) if z <= 96 else None
        common = sorted(rec.get("Common oxidation states") or [])
        states = sorted(rec.get("Oxidation states") or [])
        assert set(common) <= set(states), sym
        shannon = shannon_from_pymatgen(rec)
        check_shannon_against_bvlain(sym, shannon, bvlain)
        for ox, cn, spin, *_ in shannon:
            if ox not in states:
                shannon_exceptions.append(f"{sym}{ox:+d} {cn} {spin}".strip())
        elements.append({
            "Z": z, "symbol": sym, "name": rec["Name"], "mass": rec["Atomic mass"],
            "X": x, "rcov": rcov, "common": common, "states": states,
            "block": block, "group": group, "period": period_of(z), "shannon": shannon,
        })

    doc = {
        "format": "ionmat-elements 1",
        "units": {"mass": "amu (g/mol)", "X": "Pauling", "rcov": "angstrom",
                  "shannon": "[oxidation state, coordination, spin, ionic radius (angstrom), "
                             "crystal radius (angstrom)]"},
        "sources": "see README.md next to this file; generated by scripts/data/make_elements.py",
        "elements": elements,
    }
    # one element per line: compact yet diff-friendly
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in elements]
    head = {k: v for k, v in doc.items() if k != "elements"}
    text = json.dumps(head, indent=1, ensure_ascii=False)[:-2] + ',\n "elements": [\n'
    text += ",\n".join(lines) + "\n ]\n}\n"
    json.loads(text)  # sanity
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(elements)} elements, "
          f"{sum(len(e['shannon']) for e in elements)} Shannon entries")
    print("Shannon oxidation states not among the element's known states:",
          ", ".join(shannon_exceptions) or "none")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes ionmat-core/src/main/resources/org/ionmat/core/symmetry/space-groups.tsv.

The table lists the 530 Hall settings of the space groups in the order used by
spglib (Hall number 1..530): ITA number, setting code, Hall symbol, short and
full Hermann-Mauguin symbols, Schoenflies symbol and point group. The facts are
those of International Tables for Crystallography Vol. A (Table 4.3.2.1) and
S. R. Hall, Acta Cryst. A37 (1981) 517, as tabulated by spglib.

Extra column `aliases`: the pre-2002 short and full symbols of the five groups
whose double glide plane is now written `e` (Abm2, Aba2, Cmca, Cmma, Ccca in the
standard setting, ITA Table 4.3.2.1), carried to every setting by the axis
permutation of the setting code; and spglib's own full symbols of Nos. 127-130,
which omit the '2/' of the third position that ITA writes (P 4/n 2_1/m 2/m).

Run with: /usr/bin/python3 scripts/data/make_space_group_table.py
(spglib 2.0.2 was used for the committed file.)
"""
import os
import spglib

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "ionmat-core", "src", "main", "resources",
                   "org", "ionmat", "core", "symmetry", "space-groups.tsv")

# Standard-setting symbols (spaced, positions perpendicular to a, b, c) before the 'e' glide.
OLD_E_SYMBOLS = {39: "A b m 2", 41: "A b a 2", 64: "C m c a", 67: "C m m a", 68: "C c c a"}


def permutation(code):
    """Setting code such as 'cab' or '-cba' (optionally with an origin digit in front) ->
    for each new axis a', b', c' the old axis it lies along ('a', 'b' or 'c')."""
    code = code.lstrip("12")
    if code == "":
        code = "abc"
    axes = [ch for ch in code if ch in "abc"]
    assert len(axes) == 3, code
    return axes


def transform(symbol, code):
    """Carries a spaced orthorhombic HM symbol of the standard setting to the setting `code`."""
    new_axes = permutation(code)                      # new axis i lies along old axis new_axes[i]
    old_to_new = {old: "abc"[i] for i, old in enumerate(new_axes)}
    lattice, *pos = symbol.split()
    if lattice in "ABC":
        lattice = old_to_new[lattice.lower()].upper()
    new_pos = []
    for i in range(3):
        old_index = "abc".index(new_axes[i])
        s = pos[old_index]
        new_pos.append("".join(old_to_new[ch] if ch in "abc" else ch for ch in s))
    return " ".join([lattice] + new_pos)


def short_symbol(t):
    """Setting-specific short symbol, spaced, '_' before screw subscripts: spglib's spaced
    symbol, except monoclinic where the setting is kept by dropping the '1' positions of the full
    symbol (P 1 1 2_1/b -> P 2_1/b)."""
    if 3 <= t["number"] <= 15:
        parts = t["international_full"].split()
        return " ".join(parts[:1] + [p for p in parts[1:] if p != "1"])
    if t["hall_number"] == 331:
        # spglib 2.0.2 writes 'B b c b' here; ITA (and the full symbol 'B 2/b 2/e 2/b') give B b e b.
        # The old symbol Bbcb is kept as an alias.
        return "B b e b"
    assert "=" not in t["international"], t
    assert t["international"].replace(" ", "") == t["international_short"], t
    return t["international"]


def main():
    rows = []
    for hall in range(1, 531):
        t = spglib.get_spacegroup_type(hall)
        assert t["hall_number"] == hall
        number = t["number"]
        aliases = []
        if 16 <= number <= 74 and number not in OLD_E_SYMBOLS:
            # sanity check of the permutation rule on all other orthorhombic settings
            std = spglib.get_spacegroup_type(min(h for h in range(1, 531)
                                                 if spglib.get_spacegroup_type(h)["number"] == number))
            expect = transform(std["international"], t["choice"])
            assert expect.replace(" ", "").replace("_", "") == t["international_short"].replace("_", ""), (hall, expect, t)
        full = t["international_full"]
        if number in OLD_E_SYMBOLS:
            old = transform(OLD_E_SYMBOLS[number], t["choice"])
            aliases.append(old)
            # the old full symbol: the 'e' of each position replaced by the old glide letter
            old_pos = old.split()[1:]
            full_pos = full.split()
            old_full = [full_pos[0]] + [fp.replace("e", op) if "e" in fp else fp
                                        for fp, op in zip(full_pos[1:], old_pos)]
            aliases.append(" ".join(old_full))
        if 127 <= number <= 130:
            # spglib 2.0.2 writes e.g. 'P 4/n 2_1/m m'; ITA's full symbol is 'P 4/n 2_1/m 2/m'.
            # The spglib spelling is kept as an alias.
            aliases.append(full)
            parts = full.split()
            assert len(parts) == 4 and "/" not in parts[3], full
            full = " ".join(parts[:3] + ["2/" + parts[3]])
        rows.append([str(hall), str(number), t["choice"], t["hall_symbol"], short_symbol(t),
                     full, t["schoenflies"], t["pointgroup_international"], ",".join(aliases)])
    with open(OUT, "w") as f:
        f.write("# The 530 Hall settings of the 230 space-group types (International Tables for\n")
        f.write("# Crystallography Vol. A, Table 4.3.2.1; S. R. Hall (1981) Acta Cryst. A37, 517,\n")
        f.write("# 'Space-group notation with an explicit origin'), numbered 1..530 as in spglib's\n")
        f.write("# database. Generated by scripts/data/make_space_group_table.py with spglib %s.\n"
                % spglib.__version__)
        f.write("# setting: ITA setting code ('' = only setting; 1/2 origin choice; H/R axes;\n")
        f.write("#   b1..-c3 monoclinic unique axis and cell choice; ba-c, cab, ... orthorhombic axes).\n")
        f.write("# hm_short, hm_full: setting-specific short and full Hermann-Mauguin symbols, spaced, '_'\n")
        f.write("#   before screw subscripts (P 2_1/n = P 1 2_1/n 1).\n")
        f.write("# aliases: other spellings: pre-2002 symbols of the groups with an 'e' glide (Cmca = Cmce,\n")
        f.write("#   C 2/m 2/c 2_1/a = C 2/m 2/c 2_1/e), spglib's abbreviated full symbols of Nos. 127-130.\n")
        f.write("hall_number\tnumber\tsetting\thall_symbol\thm_short\thm_full\tschoenflies\tpoint_group\taliases\n")
        for r in rows:
            assert all("\t" not in c for c in r)
            f.write("\t".join(r) + "\n")
    print("wrote", os.path.normpath(OUT), len(rows), "rows")


if __name__ == "__main__":
    main()

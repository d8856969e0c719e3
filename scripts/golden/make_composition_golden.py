#!/usr/bin/python3
"""Golden values for ionmat's Composition and OxidationStateGuesser, computed with pymatgen.

For every distinct string of the OBELiX columns "Reduced Composition" and "True Composition"
(shared/data/obelix/train.csv) and a seeded sample of 300 compositions of the experimental band-gap
set (shared/data/bandgap/expt-non-metals.csv), records pymatgen 2022.11.7's formula,
reduced_formula (and its factor), anonymized_formula, chemical_system, weight and the formula of
the fractional composition. For the OBELiX
"Reduced Composition" strings it also records the top oxidation-state guess of
Composition.oxi_state_guesses() (averages) with its score and the score of the runner-up (from
the occurrence table pymatgen ranks by), so that ties can be recognised. pymatgen failures are
recorded as "error".

Usage (from the repository root):
    /usr/bin/python3 scripts/golden/make_composition_golden.py [--shared ../shared]
"""
import argparse
import csv
import json
import os
import random
import signal
import sys
import warnings

warnings.filterwarnings("ignore")

from pymatgen.core import Composition, Species  # noqa: E402

OUT = "ionmat-core/src/test/resources/org/ionmat/core/composition/composition-golden.json"
TIMEOUT_S = 30


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def describe(text):
    try:
        c = Composition(text)
        return {
            "formula": c.formula,
            "reduced_formula": c.reduced_formula,
            "anonymized_formula": c.anonymized_formula,
            "chemical_system": c.chemical_system,
            "weight": float(c.weight),
            "factor": float(c.get_reduced_formula_and_factor()[1]),
            "fractional_formula": c.fractional_composition.formula,
        }
    except Exception as e:  # pymatgen cannot parse it
        return {"error": f"{type(e).__name__}: {e}"}


def occurrence_table():
    import yaml
    path = "/usr/lib/python3/dist-packages/pymatgen/analysis/icsd_bv.yaml"
    return {Species.from_string(k): v for k, v in yaml.safe_load(open(path))["occurrence"].items()}


def oxidation_guess(text, occ):
    """Top guess of oxi_state_guesses, its score and the runner-up's score (None if absent)."""
    c = Composition(text)
    signal.alarm(TIMEOUT_S)
    try:
        # the public API gives the ranked averages; the combinations (for the scores) come from
        # the helper it calls, with the same arguments as its defaults
        guesses = c.oxi_state_guesses()
        sols, combos = c._get_oxid_state_guesses(False, None, None, 0)
    except Timeout:
        return {"error": f"timeout after {TIMEOUT_S} s"}
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}"}
    finally:
        signal.alarm(0)
    if not guesses:
        return {"guesses": 0}

    def score(combo):
        return sum(occ.get(Species(el, ox), 0) for el, states in combo.items() for ox in states)

    out = {"guesses": len(guesses), "top": {el: float(v) for el, v in guesses[0].items()},
           "score": score(combos[0])}
    assert dict(sols[0]) == dict(guesses[0])
    if len(combos) > 1:
        out["runner_up_score"] = score(combos[1])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--sample", type=int, default=300)
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)

    rows = list(csv.DictReader(open(os.path.join(args.shared, "data/obelix/train.csv"))))
    reduced = sorted({r["Reduced Composition"] for r in rows})
    true = sorted({r["True Composition"] for r in rows})
    bandgap = [r["composition"] for r in csv.DictReader(
        open(os.path.join(args.shared, "data/bandgap/expt-non-metals.csv")))]
    bandgap = random.Random(20240607).sample(sorted(set(bandgap)), args.sample)

    occ = occurrence_table()
    entries = []
    for source, texts in (("obelix-reduced", reduced), ("obelix-true", true), ("bandgap-expt", bandgap)):
        for t in texts:
            e = {"source": source, "input": t}
            e.update(describe(t))
            if source == "obelix-reduced" and "error" not in e:
                e["oxidation"] = oxidation_guess(t, occ)
            entries.append(e)
            print(source, repr(t), e.get("reduced_formula", e.get("error")), e.get("oxidation", ""),
                  file=sys.stderr)

    doc = {
        "generator": "scripts/golden/make_composition_golden.py",
        "peer": "pymatgen 2022.11.7 (Debian python3-pymatgen)",
        "sources": ["shared/data/obelix/train.csv (Reduced Composition, True Composition)",
                    f"shared/data/bandgap/expt-non-metals.csv (seeded sample of {args.sample})"],
        "entries": entries,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("{\n")
        for k in ("generator", "peer", "sources"):
            f.write(f" {json.dumps(k)}: {json.dumps(doc[k], ensure_ascii=False)},\n")
        f.write(' "entries": [\n')
        f.write(",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in entries))
        f.write("\n ]\n}\n")
    print(f"wrote {OUT}: {len(entries)} entries", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())

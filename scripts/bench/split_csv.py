#!/usr/bin/env python3
"""Seeded random train/test split of a CSV (Python's random.Random(seed).shuffle; the first
round(fraction * n) shuffled rows are the test set). Used to give ionmat and the PyTorch reference
(scripts/bench/roost_pytorch.py) exactly the same rows.

  /usr/bin/python3 scripts/bench/split_csv.py IN.csv OUTDIR [--test-fraction 0.2] [--seed 0]
writes OUTDIR/train.csv and OUTDIR/test.csv.
"""
import argparse
import csv
import os
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--test-fraction", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    with open(a.data, newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    random.Random(a.seed).shuffle(rows)
    n_test = round(a.test_fraction * len(rows))
    os.makedirs(a.out, exist_ok=True)
    for name, part in (("test.csv", rows[:n_test]), ("train.csv", rows[n_test:])):
        with open(os.path.join(a.out, name), "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=fields)
            w.writeheader()
            w.writerows(part)
    print(f"{len(rows) - n_test} train / {n_test} test rows in {a.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Pooled 5-fold metrics of scripts/bench/obelix_classes.sh, computed by scikit-learn from the test
predictions (independent of ionmat's own metrics): Roost classifier, random forest on the 0/1 indicator,
random-forest classifier (checked to equal the 0/1 forest row by row),
and optionally the Roost regression ensemble of obelix_cv.sh thresholded at log10 sigma = -4.

  /usr/bin/python3 scripts/bench/obelix_classes_pool.py OUTDIR [REGDIR]
"""
import csv, json, math, os, sys
from sklearn.metrics import accuracy_score, balanced_accuracy_score, log_loss, roc_auc_score
out, reg = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")

def pooled(name, files, truth_of, score_of):
    y, s, fold_formulas = [], [], []
    for f in files:
        rows = list(csv.DictReader(open(f, newline="")))
        fold_formulas.append(sorted(r["formula"] for r in rows))
        y += [truth_of(r) for r in rows]
        s += [score_of(r) for r in rows]
    pred = [1 if v > 0.5 else 0 for v in s]
    p = [min(max(v, 1e-15), 1 - 1e-15) for v in s]
    print(f"{name}: n {len(y)}, positives {sum(y)}, accuracy {accuracy_score(y, pred):.3f}, "
          f"balanced accuracy {balanced_accuracy_score(y, pred):.3f}, ROC AUC {roc_auc_score(y, s):.3f}"
          + (f", log loss {log_loss(y, p):.3f}" if name != "regression thresholded" else ""))
    return fold_formulas

f_cls = pooled("Roost classifier", [f"{out}/cls-fold{k}/test-predictions.csv" for k in range(5)],
               lambda r: 1 if r["target"] == "yes" else 0, lambda r: float(r["p_yes"]))
f_rf = pooled("random forest on 0/1", [f"{out}/rf-fold{k}/test-predictions.csv" for k in range(5)],
              lambda r: int(float(r["target"])), lambda r: float(r["mean"]))
assert f_cls == f_rf, "the two models were tested on different folds"
f_rfc = pooled("random-forest classifier", [f"{out}/rfc-fold{k}/test-predictions.csv" for k in range(5)],
               lambda r: 1 if r["target"] == "yes" else 0, lambda r: float(r["p_yes"]))
assert f_rfc == f_rf, "the two forests were tested on different folds"
# for two classes, Gini splits are squared-error splits of the 0/1 indicator: with the same seed the
# classifier's p_yes must be the 0/1 forest's mean, row by row
delta = 0.0
for k in range(5):
    a = {r["formula"] + "|" + str(i): float(r["mean"]) for i, r in
         enumerate(csv.DictReader(open(f"{out}/rf-fold{k}/test-predictions.csv", newline="")))}
    b = {r["formula"] + "|" + str(i): float(r["p_yes"]) for i, r in
         enumerate(csv.DictReader(open(f"{out}/rfc-fold{k}/test-predictions.csv", newline="")))}
    assert a.keys() == b.keys(), f"fold {k}: different rows"
    delta = max(delta, max(abs(a[key] - b[key]) for key in a))
print(f"random-forest classifier against the forest on 0/1: largest |p_yes - mean| {delta:.2g}")
if reg:
    # log10 sigma >= -4 is 'yes'; the score is a logistic of the predicted log10 sigma around -4
    f_reg = pooled("regression thresholded", [f"{reg}/roost-fold{k}/test-predictions.csv" for k in range(5)],
                   lambda r: 1 if float(r["target"]) >= -4 else 0,
                   lambda r: 1 / (1 + math.exp(-(float(r["mean"]) + 4))))
    print("same folds as the regression runs:", f_reg == f_cls)

# ionmat's own per-fold metrics (model.json) against scikit-learn's on the same predictions
worst = 0.0
for k in range(5):
    t = json.load(open(f"{out}/cls-fold{k}/model.json"))["metrics"]["test"]
    rows = list(csv.DictReader(open(f"{out}/cls-fold{k}/test-predictions.csv", newline="")))
    y = [1 if r["target"] == "yes" else 0 for r in rows]
    s = [float(r["p_yes"]) for r in rows]
    ours = (t["accuracy"], t["log_loss"], t["roc_auc"])
    theirs = (accuracy_score(y, [1 if v > 0.5 else 0 for v in s]),
              log_loss(y, [min(max(v, 1e-15), 1 - 1e-15) for v in s]), roc_auc_score(y, s))
    worst = max(worst, max(abs(a - b) for a, b in zip(ours, theirs)))
print(f"ionmat's per-fold accuracy, log loss and ROC AUC against scikit-learn's: largest difference {worst:.2g}")

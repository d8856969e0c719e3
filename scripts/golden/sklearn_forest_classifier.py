#!/usr/bin/env python3
"""Golden values for ionmat-learn's ClassificationTree and RandomForestClassifier from scikit-learn.

Run from the repository root: /usr/bin/python3 scripts/golden/sklearn_forest_classifier.py
Writes ionmat-learn/src/test/resources/golden/sklearn_forest_classifier.json.

Three classes from noisy thresholds on continuous features, so the classes overlap and the trees
have both pure and mixed neighbourhoods.
"""
import json

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, log_loss
from sklearn.tree import DecisionTreeClassifier

rng = np.random.default_rng(20261122)
n_train, n_test, n_feat = 300, 200, 8
X = rng.uniform(-1, 1, size=(n_train + n_test, n_feat))
score = np.sin(3 * X[:, 0]) + X[:, 1] ** 2 + 0.5 * X[:, 2] * X[:, 3] + 0.3 * rng.normal(size=n_train + n_test)
y = np.digitize(score, [0.0, 0.7])  # classes 0, 1, 2
Xtr, Xte, ytr, yte = X[:n_train], X[n_train:], y[:n_train], y[n_train:]

# one feature: no ties between features, so the fully grown tree is unique and must agree exactly
tree1 = DecisionTreeClassifier(random_state=0).fit(Xtr[:, :1], ytr)
tree = DecisionTreeClassifier(random_state=0).fit(Xtr, ytr)
acc, ll, oob_acc = [], [], []
for seed in range(20):
    rf = RandomForestClassifier(n_estimators=200, max_features=0.25, random_state=seed, n_jobs=1,
                                oob_score=True).fit(Xtr, ytr)
    p = rf.predict_proba(Xte)
    acc.append(float(accuracy_score(yte, p.argmax(axis=1))))
    ll.append(float(log_loss(yte, p, labels=[0, 1, 2])))
    oob_acc.append(float(rf.oob_score_))

out = {
    "sklearn": sklearn.__version__,
    "x_train": Xtr.tolist(), "y_train": ytr.tolist(), "x_test": Xte.tolist(), "y_test": yte.tolist(),
    "tree1_test_probabilities": tree1.predict_proba(Xte[:, :1]).tolist(),
    "tree1_nodes": int(tree1.tree_.node_count),
    "tree_nodes": int(tree.tree_.node_count),
    "forest_test_accuracy_seeds": acc,
    "forest_test_log_loss_seeds": ll,
    "forest_oob_accuracy_seeds": oob_acc,
}
with open("ionmat-learn/src/test/resources/golden/sklearn_forest_classifier.json", "w") as f:
    json.dump(out, f)
print("classes", np.bincount(ytr), "tree1 nodes", out["tree1_nodes"], "tree nodes", out["tree_nodes"],
      "forest accuracy", np.mean(acc), "+-", np.std(acc), "log loss", np.mean(ll), "+-", np.std(ll),
      "OOB accuracy", np.mean(oob_acc), "+-", np.std(oob_acc))

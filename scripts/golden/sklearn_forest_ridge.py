#!/usr/bin/env python3
"""Golden values for ionmat-learn's RegressionTree, RandomForest and RidgeRegression from scikit-learn.

Run from the repository root: /usr/bin/python3 scripts/golden/sklearn_forest_ridge.py
Writes ionmat-learn/src/test/resources/golden/sklearn_forest_ridge.json.
"""
import json

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeRegressor

rng = np.random.default_rng(20240601)
n_train, n_test, n_feat = 300, 150, 8
X = rng.uniform(-1, 1, size=(n_train + n_test, n_feat))
y = np.sin(3 * X[:, 0]) + X[:, 1] ** 2 + 0.5 * X[:, 2] * X[:, 3] + 0.1 * rng.normal(size=n_train + n_test)
Xtr, Xte, ytr, yte = X[:n_train], X[n_train:], y[:n_train], y[n_train:]

tree = DecisionTreeRegressor(random_state=0).fit(Xtr, ytr)
# one feature: no ties between features, so the fully grown tree is unique and must agree exactly
tree1 = DecisionTreeRegressor(random_state=0).fit(Xtr[:, :1], ytr)
maes, oob_maes = [], []
for seed in range(5):
    rf = RandomForestRegressor(n_estimators=200, max_features=0.25, random_state=seed, n_jobs=1, oob_score=True).fit(Xtr, ytr)
    maes.append(float(np.mean(np.abs(rf.predict(Xte) - yte))))
    oob_maes.append(float(np.mean(np.abs(rf.oob_prediction_ - ytr))))
scaler = StandardScaler().fit(Xtr)
ridge = Ridge(alpha=1.0).fit(scaler.transform(Xtr), ytr)

out = {
    "sklearn": sklearn.__version__,
    "x_train": Xtr.tolist(), "y_train": ytr.tolist(), "x_test": Xte.tolist(), "y_test": yte.tolist(),
    "tree_test_predictions": tree.predict(Xte).tolist(),
    "tree_nodes": int(tree.tree_.node_count),
    "tree1_test_predictions": tree1.predict(Xte[:, :1]).tolist(),
    "tree1_nodes": int(tree1.tree_.node_count),
    "forest_test_mae_seeds": maes,
    "forest_oob_mae_seeds": oob_maes,
    "ridge_alpha": 1.0,
    "ridge_test_predictions": ridge.predict(scaler.transform(Xte)).tolist(),
}
with open("ionmat-learn/src/test/resources/golden/sklearn_forest_ridge.json", "w") as f:
    json.dump(out, f)
print("tree nodes", out["tree_nodes"], "forest MAE", np.mean(maes), "+-", np.std(maes))

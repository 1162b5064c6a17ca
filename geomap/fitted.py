"""Fitted models shipped in ``data/models/``, scored with numpy.

A model file is JSON written by ``scripts/fit_models.py``: the feature names in
order, a gradient-boosted ensemble of regression trees (scikit-learn's
``GradientBoostingClassifier``, exported node by node), the decision threshold
chosen on held-back articles, and the report of the fit. scikit-learn is needed
to fit, never to score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .errors import DataError
from .gazetteer import data_path

__all__ = ["TreeModel", "load_model"]


@dataclass(frozen=True)
class TreeModel:
    """A binary classifier: ``probability(rows)`` is P(class 1) for each feature row.

    >>> m = TreeModel.from_dict({"features": ["x"], "init": 0.0, "learning_rate": 1.0, "threshold": 0.5,
    ...     "trees": [{"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1],
    ...                "right": [2, -1, -1], "value": [0, -2.0, 2.0]}]})
    >>> [round(float(p), 3) for p in m.probability([[0.0], [1.0]])]
    [0.119, 0.881]
    """

    features: tuple[str, ...]
    init: float
    learning_rate: float
    threshold: float
    feature: np.ndarray  # per node, over all trees; -1 marks a leaf
    split: np.ndarray
    left: np.ndarray  # absolute node indices
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    meta: dict

    @classmethod
    def from_dict(cls, spec: dict) -> "TreeModel":
        feature, split, left, right, value, roots = [], [], [], [], [], []
        for tree in spec["trees"]:
            base = len(feature)
            roots.append(base)
            feature += tree["feature"]
            split += tree["threshold"]
            value += tree["value"]
            left += [base + k if k >= 0 else -1 for k in tree["left"]]
            right += [base + k if k >= 0 else -1 for k in tree["right"]]
        meta = {k: v for k, v in spec.items() if k not in {"trees"}}
        return cls(tuple(spec["features"]), float(spec["init"]), float(spec["learning_rate"]),
                   float(spec.get("threshold", 0.5)), np.asarray(feature, dtype=np.int64),
                   np.asarray(split, dtype=np.float64), np.asarray(left, dtype=np.int64),
                   np.asarray(right, dtype=np.int64), np.asarray(value, dtype=np.float64),
                   np.asarray(roots, dtype=np.int64), meta)

    def raw(self, rows) -> np.ndarray:
        """The ensemble's log-odds for each row."""
        x = np.asarray(rows, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.features):
            raise DataError(f"model expects {len(self.features)} features, got rows of shape {x.shape}")
        if not len(x):
            return np.zeros(0)
        # Walk every (row, tree) pair down its tree at once; pairs drop out as they reach a leaf,
        # so the work is the total length of the paths, not rows x trees x the deepest tree.
        n_trees = len(self.roots)
        nodes = np.tile(self.roots, len(x))
        row_of = np.repeat(np.arange(len(x)), n_trees)
        active = np.arange(len(nodes))
        while active.size:
            at = nodes[active]
            f = self.feature[at]
            inner = f >= 0
            active, at, f = active[inner], at[inner], f[inner]
            if not active.size:
                break
            go_left = x[row_of[active], f] <= self.split[at]
            nodes[active] = np.where(go_left, self.left[at], self.right[at])
        nodes = nodes.reshape(len(x), n_trees)
        return self.init + self.learning_rate * self.value[nodes].sum(axis=1)

    def probability(self, rows) -> np.ndarray:
        """P(class 1) for each row."""
        return 1.0 / (1.0 + np.exp(-self.raw(rows)))


@lru_cache(maxsize=None)
def load_model(name: str) -> TreeModel:
    """The shipped model ``data/models/<name>.json``, loaded once per process."""
    path = data_path(f"models/{name}.json")
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        return TreeModel.from_dict(spec)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise DataError(f"{path}: cannot load the fitted model ({err}); run scripts/fit_models.py") from err

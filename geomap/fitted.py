"""Fitted models shipped in ``data/models/``, scored with numpy.

A model file is JSON written by ``scripts/fit_models.py``: the feature names in
order, a gradient-boosted ensemble of regression trees (scikit-learn's
``GradientBoostingClassifier``, exported node by node), the decision threshold
chosen on held-back articles, and the report of the fit. scikit-learn is needed
to fit, never to score.
"""

from __future__ import annotations

import json
import math
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
    # The nodes of all trees, numbered so that a node's right child follows its left one: a step down
    # is ``first[node] + (x > split[node])``. A leaf is its own child (split +inf), so every walk takes
    # ``depth`` steps and stays at its leaf once there.
    feature: np.ndarray  # the feature each node tests (0 at a leaf)
    split: np.ndarray
    first: np.ndarray  # the left child
    value: np.ndarray
    roots: np.ndarray
    depth: int
    meta: dict

    @classmethod
    def from_dict(cls, spec: dict) -> "TreeModel":
        feature, split, first, value, roots = [], [], [], [], []
        depth = 0
        for tree in spec["trees"]:
            # Breadth first, each inner node's two children numbered together.
            roots.append(len(feature))
            order, level = [0], [0]
            number = {0: len(feature)}
            k = 0
            while k < len(order):
                node = order[k]
                if tree["left"][node] >= 0:
                    for child in (tree["left"][node], tree["right"][node]):
                        number[child] = len(feature) + len(order)
                        order.append(child)
                        level.append(level[k] + 1)
                k += 1
            depth = max(depth, max(level))
            for node in order:
                inner = tree["left"][node] >= 0
                feature.append(tree["feature"][node] if inner else 0)
                split.append(tree["threshold"][node] if inner else math.inf)
                first.append(number[tree["left"][node]] if inner else number[node])
                value.append(tree["value"][node])
        meta = {k: v for k, v in spec.items() if k not in {"trees"}}
        return cls(tuple(spec["features"]), float(spec["init"]), float(spec["learning_rate"]),
                   float(spec.get("threshold", 0.5)), np.asarray(feature, dtype=np.int64),
                   np.asarray(split, dtype=np.float64), np.asarray(first, dtype=np.int64),
                   np.asarray(value, dtype=np.float64), np.asarray(roots, dtype=np.int64), depth, meta)

    def raw(self, rows) -> np.ndarray:
        """The ensemble's log-odds for each row."""
        x = np.asarray(rows, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.features):
            raise DataError(f"model expects {len(self.features)} features, got rows of shape {x.shape}")
        if not len(x):
            return np.zeros(0)
        # A missing value goes right, as in the fitted trees (NaN <= t is false); +inf does the same here.
        flat = np.where(np.isnan(x), np.inf, x).ravel()
        # Every (row, tree) pair walks down its tree at once, one level per step.
        n_trees = len(self.roots)
        offset = np.repeat(np.arange(len(x)) * x.shape[1], n_trees)
        nodes = np.tile(self.roots, len(x))
        for _ in range(self.depth):
            nodes = self.first[nodes] + (flat[offset + self.feature[nodes]] > self.split[nodes])
        return self.init + self.learning_rate * self.value[nodes.reshape(len(x), n_trees)].sum(axis=1)

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

"""The numpy tree scorer gives what walking each tree node by node gives, bit for bit."""

from __future__ import annotations

import math

import numpy as np

from geomap.fitted import TreeModel, load_model


def _walk(spec: dict, row: list[float]) -> float:
    """The ensemble's log-odds, one tree and one node at a time (NaN goes right, as in scikit-learn's trees)."""
    leaves = []
    for tree in spec["trees"]:
        node = 0
        while tree["left"][node] >= 0:
            x = row[tree["feature"][node]]
            node = tree["left"][node] if x <= tree["threshold"][node] else tree["right"][node]
        leaves.append(tree["value"][node])
    return spec["init"] + spec["learning_rate"] * np.array(leaves).sum()


def test_scores_match_a_node_by_node_walk():
    rng = np.random.default_rng(7)
    trees = []
    for _ in range(40):  # random trees up to 5 deep, lopsided ones included
        feature, threshold, left, right, value = [], [], [], [], []

        def grow(depth):
            k = len(feature)
            feature.append(-1), threshold.append(0.0), left.append(-1), right.append(-1)
            value.append(float(rng.normal()))
            if depth < 5 and rng.random() < 0.7:
                feature[k], threshold[k] = int(rng.integers(0, 4)), float(rng.normal())
                left[k] = grow(depth + 1)
                right[k] = grow(depth + 1)
            return k

        grow(0)
        trees.append({"feature": feature, "threshold": threshold, "left": left, "right": right, "value": value})
    spec = {"features": ["a", "b", "c", "d"], "init": 0.3, "learning_rate": 0.1, "trees": trees}
    model = TreeModel.from_dict(spec)
    rows = rng.normal(size=(60, 4))
    rows[3, 1], rows[4, :], rows[5, 2], rows[6, 0] = math.nan, math.inf, -math.inf, 0.0
    expected = [_walk(spec, list(r)) for r in rows]
    assert model.raw(rows).tolist() == expected
    assert model.raw(rows[:1]).tolist() == expected[:1]
    assert model.raw(np.zeros((0, 4))).tolist() == []


def test_shipped_models_walk_the_same():
    import json

    from geomap.gazetteer import data_path

    for name in ("recognise", "recognise_syntax", "resolve"):
        spec = json.loads(data_path(f"models/{name}.json").read_text(encoding="utf-8"))
        model = load_model(name)
        rows = np.random.default_rng(3).random((20, len(model.features))) * 5
        assert model.raw(rows).tolist() == [_walk(spec, list(r)) for r in rows]

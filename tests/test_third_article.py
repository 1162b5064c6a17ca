"""An article none of the code was written for: talks in Geneva about a crossing elsewhere."""

from __future__ import annotations

from common import by_name, features


def test_geneva_is_the_venue_not_moscow(geneva_path, tmp_path):
    from geomap.pipeline import situation, write_outputs

    write_outputs(situation([str(geneva_path)]), None, tmp_path / "g.geojson")
    feats = features(tmp_path / "g.geojson")
    venues = {f["properties"]["name"] for f in feats if f["properties"]["role"] == "venue"}
    assert venues == {"Geneva"}
    geneva = by_name(feats, "Geneva")
    assert abs(geneva["geometry"]["coordinates"][0] - 6.14) < 0.2
    assert abs(geneva["geometry"]["coordinates"][1] - 46.2) < 0.2
    assert "Moscow" not in {f["properties"]["name"] for f in feats}
    parties = {f["properties"]["name"] for f in feats if f["properties"]["role"] == "party"}
    assert {"Egypt", "Israel"} <= parties

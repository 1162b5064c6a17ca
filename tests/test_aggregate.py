"""The reduction: mentions of many articles folded into one Place per place, on hand-built records.

The stored mentions of ``tests/golden`` check that the fold gives the places (and so the
GeoJSON and the map) that the whole-list reduction it replaced gave.
"""

from __future__ import annotations

import gc
import re
import weakref

import pytest

from golden import PLACES, load_pairs, properties_lines

from geomap.aggregate import MAX_EXCERPTS, Places, aggregate
from geomap.pipeline import situation_frame
from geomap.records import Article, Candidate, Mention, Route
from geomap.render import geojson_text


def cand(row: int, name: str, kind: str = "city", country: str = "XX", lat: float = 10.0,
         lon: float = 20.0) -> Candidate:
    return Candidate(row, 1000 + row, name, kind, "PPL", country, None, lat, lon, 5000, True)


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence (up to and with its full stop) around offset ``at``."""
    start = max(text.rfind(". ", 0, at) + 2, 0) if ". " in text[:at] else 0
    end = text.find(".", at)
    return start, (end + 1 if end >= 0 else len(text))


def mention(article: Article, word: str, candidate: Candidate | None, role: str = "place", nth: int = 0,
            **fields) -> Mention:
    """The ``nth`` mention of ``word`` in ``article``, its sentence as evidence."""
    start = [m.start() for m in re.finditer(re.escape(word), article.text)][nth]
    s, e = sentence_of(article.text, start)
    return Mention(article.id, start, start + len(word), word, "GPE", candidate=candidate, role=role,
                   evidence=article.text[s:e].strip(), sentence=(s, e), **fields)


GENEVA, GAZA, RAFAH = cand(1, "Geneva"), cand(2, "Gaza"), cand(3, "Rafah")


def fold(*pairs, max_excerpts: int = MAX_EXCERPTS):
    folded = Places(max_excerpts)
    for article, mentions in pairs:
        folded.add(article, mentions)
    return {p.name: p for p in folded.places()}


def test_the_fold_gives_the_stored_places():
    """Seeds, situations, dated wire, Geneva and benchmark articles: the places the reduction gave before it streamed."""
    got = properties_lines(geojson_text(situation_frame(load_pairs())))
    assert got == PLACES.read_text(encoding="utf-8")


def test_map_role_is_what_most_articles_say_one_vote_each():
    a = Article("a", "Talks met in Geneva. Geneva hosted them. Geneva again.")
    b = Article("b", "Geneva is a city.")
    c = Article("c", "Geneva is a city too.")
    # Three venue mentions in one article are one vote; two articles calling it a place win.
    places = fold((a, [mention(a, "Geneva", GENEVA, "venue", k) for k in range(3)]),
                  (b, [mention(b, "Geneva", GENEVA)]), (c, [mention(c, "Geneva", GENEVA)]))
    geneva = places["Geneva"]
    assert geneva.role == "venue"  # "place" is the default, never an acting role that outvotes one
    assert geneva.roles == (("venue", 1), ("place", 2))
    assert geneva.mentions == 5 and geneva.docs == ("a", "b", "c")
    assert geneva.evidence == "Talks met in Geneva."


def test_ties_go_to_the_more_specific_role_and_evidence_is_the_first_article_of_that_role():
    arts = [Article("a", "Gaza was shelled."), Article("b", "Troops encircled Gaza."),
            Article("c", "Talks in Gaza.")]
    roles = ["party", "zone", "zone"]
    places = fold(*[(a, [mention(a, "Gaza", GAZA, r)]) for a, r in zip(arts, roles)],
                  (Article("d", "Talks in Gaza again."), [mention(Article("d", "Talks in Gaza again."), "Gaza", GAZA,
                                                                  "party")]))
    assert places["Gaza"].role == "zone"  # zone 2, party 2: zone is the more specific
    assert places["Gaza"].evidence == "Troops encircled Gaza."


def test_a_route_end_votes_place_and_the_route_is_its_own_corridor():
    a = Article("a", "Aid moved on the road from Gaza to Rafah. Rafah is quiet.")
    ends = [mention(a, "Gaza", GAZA, "corridor", route=Route("road", ("Gaza", "Rafah"))),
            mention(a, "Rafah", RAFAH, "corridor", route=Route("road", ("Gaza", "Rafah")))]
    places = fold((a, ends + [mention(a, "Rafah", RAFAH, "corridor", nth=1)]))
    assert places["Gaza"].role == "place" and places["Rafah"].role == "place"
    route = places["Gaza – Rafah road"]
    assert (route.role, route.kind, route.key) == ("corridor", "route", "route:Gaza – Rafah")
    assert route.path == ((GAZA.lat, GAZA.lon), (RAFAH.lat, RAFAH.lon))
    assert route.evidence == "Aid moved on the road from Gaza to Rafah."
    assert route.roles == (("corridor", 1),) and route.docs == ("a",)
    assert route.route == Route("road", ("Gaza", "Rafah"))


def test_a_route_via_a_place_passes_it_between_its_ends():
    goris, lachin, khankendi = cand(40, "Goris", lat=39.5, lon=46.3), cand(41, "Lachin", lat=39.6, lon=46.5), \
        cand(42, "Khankendi", lat=39.8, lon=46.75)
    a = Article("a", "Buses took the road from Goris to Khankendi via Lachin.")
    road = Route("road", ("Goris", "Khankendi"), ("Lachin",))
    places = fold((a, [mention(a, "Goris", goris, "corridor", route=road),
                       mention(a, "Khankendi", khankendi, "corridor", route=road),
                       mention(a, "Lachin", lachin, "corridor", route=road)]))
    route = places["Goris – Lachin – Khankendi road"]
    assert route.path == ((39.5, 46.3), (39.6, 46.5), (39.8, 46.75)) and route.route == road


def test_a_route_keeps_its_kind_whole():
    # "shipping lane" is the route's word: its name must not end in "shipping".
    odesa, constanta = cand(20, "Odesa", lat=46.48, lon=30.72), cand(21, "Constanţa", lat=44.18, lon=28.63)
    a = Article("a", "Ships used the shipping lane from Odesa to Constanţa.")
    lane = Route("shipping lane", ("Odesa", "Constanţa"))
    places = fold((a, [mention(a, "Odesa", odesa, "corridor", route=lane),
                       mention(a, "Constanţa", constanta, "corridor", route=lane)]))
    route = places["Odesa – Constanţa shipping lane"]
    assert route.route == Route("shipping lane", ("Odesa", "Constanţa"))


def test_a_route_described_again_counts_each_description_and_one_to_itself_is_not_drawn():
    texts = ["The road from Gaza to Rafah reopened.", "Trucks took the road from Gaza to Rafah."]
    arts = [Article(f"r{k}", t) for k, t in enumerate(texts)]
    pairs = [(a, [mention(a, "Gaza", GAZA, "corridor", route=Route("road", ("Gaza", "Rafah"))),
                  mention(a, "Rafah", RAFAH, "corridor", route=Route("road", ("Gaza", "Rafah")))]) for a in arts]
    loop = Article("loop", "The road from Gaza to Gaza City.")
    pairs.append((loop, [mention(loop, "Gaza", GAZA, "corridor", route=Route("road", ("Gaza", "Gaza"))),
                         mention(loop, "Gaza", GAZA, "corridor", nth=1, route=Route("road", ("Gaza", "Gaza")))]))
    places = fold(*pairs)
    route = places["Gaza – Rafah road"]
    assert route.mentions == 2 and route.docs == ("r0", "r1") and route.quotes == 2
    assert "Gaza – Gaza road" not in places


def test_quotes_first_sentence_of_each_article_first_capped_and_counted():
    arts = [Article(f"d{k}", f"Geneva one {k}. Geneva two {k}. Geneva three {k}.", title=f"T{k}",
                    source=f"/wire/d{k}.txt") for k in range(4)]
    places = fold(*[(a, [mention(a, "Geneva", GENEVA, nth=n) for n in range(3)]) for a in arts], max_excerpts=5)
    geneva = places["Geneva"]
    assert geneva.quotes == 12  # every sentence quoting it, before the cap
    assert [e.text for e in geneva.excerpts] == ["Geneva one 0.", "Geneva one 1.", "Geneva one 2.", "Geneva one 3.",
                                                 "Geneva two 0."]
    assert geneva.excerpts[0].source == "T0 (d0.txt)" and geneva.excerpts[0].doc == "d0"


def test_one_excerpt_per_sentence_with_every_mention_highlighted_in_the_stripped_text():
    a = Article("a", "  Geneva and Geneva again.  Then Rafah.")
    geneva = [mention(a, "Geneva", GENEVA, nth=k) for k in range(2)]
    geneva = [Mention(m.doc, m.start, m.end, m.text, m.label, candidate=GENEVA, sentence=(0, 26)) for m in geneva]
    ex = fold((a, geneva))["Geneva"].excerpts
    assert len(ex) == 1 and ex[0].text == "Geneva and Geneva again."
    assert [ex[0].text[s:e] for s, e in ex[0].highlights] == ["Geneva", "Geneva"]
    assert ex[0].source == "a"  # no title, no file: the article's id


def test_unresolved_mentions_are_no_places_and_zone_radius_is_the_largest():
    a = Article("a", "A 30 km zone around Rafah. A 10 km zone around Rafah. Atlantis sank.")
    zones = [mention(a, "Rafah", RAFAH, "zone", k, radius_km=r) for k, r in enumerate((30.0, 10.0))]
    places = fold((a, zones + [mention(a, "Atlantis", None)]))
    assert list(places) == ["Rafah"] and places["Rafah"].radius_km == 30.0


def test_places_in_map_order():
    a = Article("a", "Gaza, Rafah and Geneva and Cairo and Doha.")
    cairo, doha = cand(4, "Cairo"), cand(5, "Doha")
    ms = [mention(a, "Gaza", GAZA, "party"), mention(a, "Rafah", RAFAH, "zone"), mention(a, "Geneva", GENEVA, "venue"),
          mention(a, "Cairo", cairo), mention(a, "Doha", doha)]
    b = Article("b", "Doha again.")
    assert list(fold((a, ms), (b, [mention(b, "Doha", doha)]))) == ["Rafah", "Geneva", "Gaza", "Doha", "Cairo"]


def test_a_demonym_alone_is_no_place_unless_its_state_acts():
    a = Article("a", "Russian troops moved. Armenian villagers fled.")
    russia, armenia = cand(6, "Russia", "country"), cand(7, "Armenia", "country")
    ms = [Mention("a", 0, 7, "Russian", "DEMONYM", candidate=russia, role="party", sentence=(0, 21)),
          Mention("a", 22, 30, "Armenian", "DEMONYM", candidate=armenia, sentence=(22, 47))]
    assert list(fold((a, ms))) == ["Russia"]


def test_aggregate_folds_the_articles_in_their_order():
    a, b = Article("a", "Geneva first."), Article("b", "Geneva second.")
    mentions = [mention(b, "Geneva", GENEVA), mention(a, "Geneva", GENEVA)]  # listed out of order
    place, = aggregate({"a": a, "b": b}, mentions)
    assert place.docs == ("a", "b") and place.excerpts[0].text == "Geneva first."
    with pytest.raises(KeyError):
        aggregate({"a": a}, mentions)


def test_the_fold_keeps_no_article_and_no_mention():
    """What stays per place is its record's material, so memory does not grow with every mention."""
    folded = Places()
    refs = []
    for k in range(50):
        a = Article(f"d{k}", f"Talks in Geneva, round {k}. Geneva again. Geneva once more.")
        ms = [mention(a, "Geneva", GENEVA, "venue", n) for n in range(3)]
        folded.add(a, ms)
        refs += [weakref.ref(a)] + [weakref.ref(m) for m in ms]
        del a, ms
    gc.collect()
    assert not [r for r in refs if r() is not None]
    geneva, = folded.places()
    assert geneva.mentions == 150 and geneva.quotes == 150 and len(geneva.excerpts) == MAX_EXCERPTS


def test_situation_frame_lists_every_article_in_order_even_without_places():
    a = Article("a", "Geneva hosts.", title="A", source="/x/a.txt", url="https://e.org/a", date="2024-01-02")
    b = Article("b", "Nothing here.")
    frame = situation_frame([(a, [mention(a, "Geneva", GENEVA, "venue")]), (b, [])])
    assert frame.attrs["articles"] == [
        {"id": "a", "title": "A", "source": "/x/a.txt", "url": "https://e.org/a", "date": "2024-01-02"},
        {"id": "b", "title": "", "source": "b", "url": None, "date": None}]
    assert list(frame["name"]) == ["Geneva"]


def test_the_first_mention_in_the_text_votes_for_its_article_whatever_the_list_order():
    a = Article("a", "Talks met in Geneva. Geneva is a city.")
    ms = [mention(a, "Geneva", GENEVA, "place", 1), mention(a, "Geneva", GENEVA, "venue", 0)]
    geneva = fold((a, ms))["Geneva"]
    assert geneva.roles == (("venue", 1),) and geneva.excerpts[0].text == "Talks met in Geneva."


def test_a_sentence_the_article_repeats_is_quoted_once():
    """Wire copy repeats its headline as its lead: the popup quotes the sentence once for that source."""
    a = Article("a", "Talks opened in Geneva. Delegates arrived on Monday. Talks opened in Geneva.")
    b = Article("b", "Talks opened in Geneva.")
    places = fold((a, [mention(a, "Geneva", GENEVA, "venue", 0), mention(a, "Geneva", GENEVA, "venue", 1)]),
                  (b, [mention(b, "Geneva", GENEVA, "venue")]))
    geneva = places["Geneva"]
    assert [(e.doc, e.text) for e in geneva.excerpts] == [("a", "Talks opened in Geneva."),
                                                         ("b", "Talks opened in Geneva.")]  # once per source
    assert geneva.quotes == 2 and geneva.mentions == 3


def test_a_state_acting_through_its_capital_is_drawn_as_a_party_country():
    lusaka = Candidate(30, 909137, "Lusaka", "city", "PPLC", "ZM", None, -15.4, 28.3, 1267440, True)
    a = Article("a", "Officials in Lusaka said the border would stay open.")
    places = fold((a, [mention(a, "Lusaka", lusaka, "party")]))
    zambia = places["Zambia"]
    assert (zambia.role, zambia.kind, zambia.country, zambia.mentions) == ("party", "country", "ZM", 0)
    assert zambia.evidence == a.text and places["Lusaka"].role == "party"
    # A country the article names only in passing becomes a party too; a town that acts does not count.
    b = Article("b", "Zambia is landlocked. Officials in Lusaka said the border would stay open.")
    from geomap.gazetteer import default_gazetteer

    zambia_row = next(c for c in default_gazetteer().of_kind("country") if c.country == "ZM")
    places = fold((b, [mention(b, "Zambia", zambia_row, "place"), mention(b, "Lusaka", lusaka, "party")]))
    assert places["Zambia"].role == "party" and places["Zambia"].mentions == 1
    kitwe = Candidate(32, 909137, "Kitwe", "city", "PPL", "ZM", None, -12.8, 28.2, 400000, True)
    c = Article("c", "Kitwe rejected the plan.")
    assert "Zambia" not in fold((c, [mention(c, "Kitwe", kitwe, "party")]))

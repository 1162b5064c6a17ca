"""Roles read from text no rule was written against: one or more of our own sentences per class of
route, zone, venue and party that wire copy uses, and the ordinary news where there is none.

These sentences are the tuning material for the role rules; tests/roleset_unseen is only scored.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import extract
from geomap.records import Article, Role, Route


@pytest.fixture(scope="module")
def roles():
    """text -> {mention text: (role, candidate kind, route)} for every sentence below, parsed in one batch."""
    texts = [t for cases in (ROUTES, CORRIDORS, ZONES, VENUES, PARTIES, NOTHING) for t, *_ in cases] + [LONG, VIA]
    out = {}
    for article, mentions in extract([Article(f"s{i}", t) for i, t in enumerate(texts)]):
        out[article.text] = {m.text: (m.role, m.candidate.kind if m.candidate else None, m.route) for m in mentions}
    return out


ROUTES = [
    # "the X-Y road": both ends, a derived route between them
    ("Gunmen ambushed a bus on the Kano-Kaduna road on Sunday, police said.", ["Kano", "Kaduna"], "road"),
    ("Trucks were stuck on the Goma\u2013Bukavu highway for a week.", ["Goma", "Bukavu"], "highway"),
    # "the road from X to Y", "the corridor between X and Y"
    ("Convoys used the road from Nyala to El Daein for the first time.", ["Nyala", "El Daein"], "road"),
    ("Troops opened the corridor between Kupiansk and Izium to civilians.", ["Kupiansk", "Izium"], "corridor"),
    ("Barges now use the shipping lane between Reni and Galati.", ["Reni", "Galati"], "shipping lane"),
]


VIA = "Buses took the road from Goris to Stepanakert via Lachin on Monday."


def test_a_route_via_a_place_records_it_between_the_ends(roles):
    assert roles[VIA]["Lachin"][2] == Route("road", ("Goris", "Stepanakert"), ("Lachin",))


@pytest.mark.parametrize("text, ends, kind", ROUTES)
def test_a_route_named_by_its_ends_is_a_corridor_between_them(roles, text, ends, kind):
    got = roles[text]
    for end in ends:
        role, _, route = got[end]
        assert role == Role.CORRIDOR and route == Route(kind, tuple(ends)), (end, got)


CORRIDORS = [
    ("Food reached Bunia along the aid road through Ituri on Tuesday.", "Ituri"),  # a route through a region
    ("Lorries queued at the crossing at Beitbridge into South Africa.", "Beitbridge"),  # the crossing at X into Y
    ("Haiti's neighbour closed its border crossing at Dajab\u00f3n on Monday.", "Dajab\u00f3n"),
    ("Ships crossed the Drake Passage on Monday.", "Drake Passage"),  # a passage is a route
]
LONG = "The airline flies the route from Lisbon to Tokyo twice a week."


@pytest.mark.parametrize("text, name", CORRIDORS)
def test_a_route_through_a_region_or_a_crossing_at_a_town_is_a_corridor(roles, text, name):
    assert roles[text][name][0] == Role.CORRIDOR, roles[text]


def test_the_country_a_crossing_leads_into_is_no_corridor(roles):
    assert roles["Lorries queued at the crossing at Beitbridge into South Africa."]["South Africa"][0] == Role.PLACE


def test_a_route_longer_than_a_road_trip_is_no_corridor(roles):
    got = roles[LONG]
    assert got["Lisbon"][0] == Role.PLACE and got["Tokyo"][0] == Role.PLACE
    assert got["Lisbon"][2] is None


ZONES = [
    ("Inspectors urged both armies to respect the Rivne plant's protection zone.", ["Rivne"]),
    ("Soldiers entered a buffer strip monitored by international observers in Abkhazia.", ["Abkhazia"]),
    ("The two sides discussed a proposed demilitarised zone around Kupiansk and Vovchansk.",
     ["Kupiansk", "Vovchansk"]),
    ("The army widened its area of operations between the Kagera river and the border.", ["Kagera"]),
    ("Jihadists tightened their blockade of Djibo on Tuesday.", ["Djibo"]),
    ("Aid reached Bama, a besieged town near the border, on Friday.", ["Bama"]),
    ("Divers mapped a marine protected area in the Ross Sea.", ["Ross Sea"]),
]


@pytest.mark.parametrize("text, names", ZONES)
def test_a_zone_given_by_its_purpose_or_authority_is_on_the_places_named(roles, text, names):
    for name in names:
        assert roles[text][name][0] == Role.ZONE, (name, roles[text])


VENUES = [
    ("GORIS, Armenia - Envoys held talks at the village of Tegh on Monday.", "Tegh", ["GORIS"]),
    ("Commanders met at Svatove on the line of contact.", "Svatove", []),
    ("Leaders open a summit in Funafuti, Tuvalu, on Monday.", "Funafuti", ["Tuvalu"]),
    ("MENDOZA, Argentina - Presidents gathered in Mendoza on Thursday for a summit.", "Mendoza", ["Argentina"]),
]


@pytest.mark.parametrize("text, venue, not_venues", VENUES)
def test_the_meeting_place_the_text_names_is_the_venue(roles, text, venue, not_venues):
    got = roles[text]
    assert got[venue][0] == Role.VENUE, got
    for name in not_venues:
        assert got[name][0] != Role.VENUE, got


def test_a_venue_that_shares_its_name_with_its_province_is_the_city(roles):
    assert roles["MENDOZA, Argentina - Presidents gathered in Mendoza on Thursday for a summit."]["Mendoza"][1] == "city"


PARTIES = [
    ("Officials in Lusaka said the border would stay open.", "Lusaka", Role.PARTY),
    ("The government in Harare said it would not pay.", "Harare", Role.PARTY),
    ("Officials in Kigali described the talks as frank.", "Kigali", Role.PARTY),  # a party, not a venue
    ("The talks, mediated by Qatar, resumed on Monday.", "Qatar", Role.PARTY),
    ("Kinshasa accused Kigali of sending troops.", "Kigali", Role.PARTY),
    ("The talks, hosted by Norway, resumed on Monday.", "Norway", Role.PLACE),  # a host that only hosts
    ("Customs officials in Peshawar estimated the losses.", "Peshawar", Role.PLACE),  # local officials
    ("Burundi, Uganda and Tanzania signed the accord in Arusha.", "Uganda", Role.PARTY),  # states acting together
    ("Burundi, Uganda and Tanzania signed the accord in Arusha.", "Tanzania", Role.PARTY),
    ("Exports to Ghana and Togo fell last year.", "Togo", Role.PLACE),
    # a passive verb: a state that undergoes is no party, one accused is
    ("Neighbours including Burundi, Tanzania and Uganda have been advised to step up screening.", "Tanzania",
     Role.PLACE),
    ("Neighbours including Burundi, Tanzania and Uganda have been advised to step up screening.", "Uganda",
     Role.PLACE),
    ("Iran was accused of supplying the drones, diplomats said.", "Iran", Role.PARTY),
]


@pytest.mark.parametrize("text, name, role", PARTIES)
def test_a_state_acting_through_its_capital_or_as_mediator_is_a_party(roles, text, name, role):
    assert roles[text][name][0] == role, roles[text]


NOTHING = [
    ("Zimbabwe beat Kenya by five wickets on Sunday.", ["Zimbabwe", "Kenya"]),
    ("The third Test starts in Harare next week.", ["Harare"]),
    ("Shares in the miner rose 3% in Johannesburg after ministers approved the deal.", ["Johannesburg"]),
    ("Brazil and Argentina drew 1-1 in Buenos Aires.", ["Brazil", "Argentina", "Buenos Aires"]),
    ("Two boys were found hiding under a railroad bridge in Hurricane on Monday.", ["Hurricane"]),
    ("Towns reap sales tax from natural gas pipelines through Lamar County.", ["Lamar County"]),
]


@pytest.mark.parametrize("text, names", NOTHING)
def test_ordinary_news_has_no_roles(roles, text, names):
    for name in names:
        assert roles[text][name][0] == Role.PLACE, roles[text]


def test_every_role_word_in_the_lexicon_comes_with_its_sentence():
    import csv

    from geomap.gazetteer import data_path

    lists = {"facility", "monitor_verb", "route_purpose", "seat_noun", "seat_qualifier", "mediate_verb", "sport_verb", "venue_noun",
             "max_route_km", "zone_band_km", "zone_around_km", "coast_word", "along_max_km", "passage_word", "passive_party"}
    with open(data_path("lexicon.tsv"), encoding="utf-8") as fh:
        rows = [r for r in csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                      quoting=csv.QUOTE_NONE) if r and r[0] in lists]
    assert {r[0] for r in rows} == lists
    for name, entry, example in rows:
        assert name.endswith("_km") or entry in example.lower(), (name, entry, example)

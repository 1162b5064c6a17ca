"""Decide what each place is in the story: venue, corridor, zone, party or place.

Each rule reads the words around a mention in its sentence; the sentence that
decided a role is kept as evidence. Nothing here knows any particular place:
curated features carry their kind (a corridor, a zone) from ``data/features``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from .lexicon import lexicon, word_in
from .records import ROLE_PRIORITY, Article, Mention, Role, Route, ZoneAround
from .syntax import NO_SYNTAX, name_syntax

__all__ = ["Role", "assign_roles", "mention_role", "ROLE_PRIORITY"]


CORRIDOR_KINDS = re.compile(r"corridor|road|highway|strait|canal|pipeline|lane|crossing|pass|route|line|bridge|channel")
ZONE_KINDS = re.compile(r"zone|occupied|disputed|buffer|region|territory|enclave|area")
CORRIDOR_WORDS = (r"corridor|road|highway|motorway|route|crossing|border crossing|pass|strait|shipping lane|"
                  r"pipeline|canal|bridge|checkpoint|railway|rail link|supply line|artery|border post")
AFTER_CORRIDOR = re.compile(rf"^[\s-]*(?:{CORRIDOR_WORDS})s?\b", re.I)
BETWEEN_ENDS = re.compile(
    rf"\b(?:{CORRIDOR_WORDS})s?\s+(?:(?:that|which)\s+)?(?:runs?\s+|running\s+|leading\s+|linking\s+|connecting\s+)?"
    r"(?:from|between|linking|connecting|to)\s+(?:\S+\s+){0,6}$", re.I)
AFTER_ZONE = re.compile(r"^(?:['’]s)?[\s-]*(?:\w+\s+)?(?:buffer zone|exclusion zone|no-fly zone|zone|enclave|"
                        r"pocket|area of responsibility|security zone)\b", re.I)
BEFORE_ZONE = re.compile(
    r"\b(?:zone|area of responsibility|buffer|besieged|under siege|siege of|blockaded|encircled|occupied|annexed|"
    r"disputed|demilitari[sz]ed|no-fly|no-go|exclusion|protected|restricted|breakaway|separatist|[\w]+-held|"
    r"[\w]+-controlled)\s+"
    r"(?:(?!by\b|with\b|from\b|to\b|and\b)[\w-]+\s+){0,3}"
    r"(?:in|of|around|near|over|across|city of|region of|territory of|enclave of)?\s*$", re.I)
STATIONED = re.compile(r"\b(?:peacekeep\w*|troops|forces|contingent|monitors)\b[^.;]{0,80}\b(?:stationed|deployed|"
                       r"present|presence|patrol\w*)\b[^.;]{0,40}$|\bpeacekeep\w*[^.;]{0,40}\(in\s*$", re.I)
MEETING = re.compile(r"\b(?:talks|meeting|meetings|summit|negotiations|negotiators|conference|signing|signed|sign|"
                     r"ceremony|round|met|meet|meets|host|hosts|hosted|hosting|convene\w*|gather\w*|forum|session|"
                     r"mediat\w*|delegations?|envoys|ministers|leaders)\b", re.I)
BEFORE_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+\w+\s+(?:capital|city)\s+(?:of\s+)?)?$", re.I)
AFTER_VENUE = re.compile(r"^(?:[\s-]+(?:hosted|based|brokered))?[\s-]+(?:peace\s+)?(?:talks|summit|meeting|round|"
                         r"negotiations|conference|process|format|accords?|declaration|ceremony)\b", re.I)
HOST_AFTER = re.compile(r"^(?:\s+\w+){0,3}\s+(?:host|hosts|hosted|hosting|to host)\b", re.I)
HOSTED_BY = re.compile(r"\bhosted\s+by\s+$", re.I)
ACTING_VERBS = (r"said|says|say|refused|refuses|refusing|rejected|rejects|accused|accuses|signed|signs|agreed|agrees|"
                r"announced|warned|warns|called|calls|blamed|blames|deployed|deploys|attacked|attacks|launched|"
                r"denied|denies|demanded|demands|insisted|threatened|threatens|proposed|offered|urged|urges|sent|"
                r"pulled|withdrew|struck|fought|ceded|liberated|occupied|stationed|responded|pressed|pressing|"
                r"brokered|mediated|seized|shelled|invaded|vowed|pledged|reiterated|repeated|closed|reopened|"
                r"imposed|recognised|recognized|drops|dropped|bows|bowed|hit|fired|struck|killed|captured|"
                r"retook|retaken|shot|ordered|banned|expelled|summoned|protested|condemned|welcomed|backed|supports|"
                r"supported|opposed|is|has|have|was|were|will|would|must|should|could|cannot")
AFTER_PARTY = re.compile(rf"^(?:['’]s?\s+[\w-]+(?:\s+[\w-]+)?|(?:\s+(?:also|has|had|have|is|was|will|would|did|"
                         rf"then|now|again|repeatedly|officially|reportedly|already|too|and\s+\w+))*)\s+(?:{ACTING_VERBS})\b",
                         re.I)
POSSESSIVE_ACTOR = re.compile(r"^['’]s?\s+(?:\w+\s+)?(?:foreign|defence|defense|prime|president|army|military|"
                              r"forces|troops|government|delegation|ambassador|envoy|minister|ministry|leaders?|"
                              r"officials|navy|air force|security|cabinet|parliament|authorities)\b", re.I)
BROKERED = re.compile(r"^-(?:brokered|backed|led|mediated|sponsored)\b", re.I)
BETWEEN_PARTIES = re.compile(r"\b(?:between|with|by|against|and|from|accusing|accused|urged|persuade)\s+$", re.I)


def _words(name: str) -> str:
    """The entries of lexicon list ``name`` as a regex alternation, longest first."""
    return "|".join(sorted((re.escape(w) for w in lexicon().get(name, ())), key=lambda w: (-len(w), w)))


# Routes, zones, venues and parties as wire copy words them; the word lists live in data/lexicon.tsv.
THROUGH_REGION = re.compile(rf"\b(?:{_words('route_purpose')})\s+(?:[\w-]+\s+)?(?:{CORRIDOR_WORDS})s?\s+"
                            r"(?:(?:that|which)\s+)?(?:runs?\s+|running\s+|passing\s+)?"
                            r"(?:through|across|via)\s+(?:the\s+)?$", re.I)
CROSSING_AT = re.compile(r"\b(?:border\s+)?(?:crossing|crossing point|border post|checkpoint)\s+(?:point\s+)?at\s+$",
                         re.I)
ZONE_STRIP = r"(?:buffer|security|demilitari[sz]ed|exclusion|protection|safety|concentration)\s+(?:strip|zone|area|belt)"
FACILITY_ZONE = re.compile(rf"^(?:\s+(?:{_words('facility')})){{1,3}}['’]s?\s+(?:[\w-]+\s+)?zone\b", re.I)
STRIP_ON = re.compile(rf"\b{ZONE_STRIP}\s+(?:(?:{_words('monitor_verb')})\s+by\s+[^.;]{{1,60}}?\s+)?"
                      r"(?:on|in|along|around|across|over|near|inside)\s+(?:the\s+)?$", re.I)
STRIP_APPOSITIVE = re.compile(rf"^(?:\s+river)?,\s+(?:a|an|the)\s+(?:{ZONE_STRIP}|(?:besieged|blockaded|encircled|"
                              r"occupied|[\w]+-held)\b)", re.I)
AREA_OF_OPERATIONS = re.compile(r"\barea\s+of\s+(?:operations?|responsibility)\s+(?:between|along|around|in|near|"
                                r"across)\s+(?:the\s+)?$", re.I)
BLOCKADE = re.compile(r"\b(?:blockade|encirclement|siege)\s+of\s+$", re.I)
ZONE_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.I)
SEAT = re.compile(rf"(?:\b(?P<qualifier>[\w-]+)\s+)?\b(?P<noun>{_words('seat_noun')})\s+in\s+$", re.I)
GOVERNMENT_SEAT = {"government", "administration", "junta", "regime", "rulers", "authorities", "leadership"}
MEDIATED_BY = re.compile(rf"\b(?:{_words('mediate_verb')})\s+by\s+(?:the\s+)?$", re.I)
VENUE_NOUN = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{_words('venue_noun')})\s+of\s+$", re.I)


def mention_role(article: Article, mention: Mention) -> Role:
    """The role one mention's own words give its place, or ``Role.PLACE``.

    >>> from geomap.records import Article, Mention
    >>> a = Article("d", "Talks will be held in Geneva on Friday.")
    >>> mention_role(a, Mention("d", 22, 28, "Geneva", "GPE"))
    <Role.VENUE: 'venue'>
    """
    cand = mention.candidate
    kind = cand.kind if cand else ""
    code = cand.feature_code if cand else ""
    if mention.zone is not None:
        return Role.ZONE
    if mention.label == "DEMONYM":
        # "Russian peacekeepers", "the Sudanese army": the state acts through its forces or officials.
        dep, head, _ = mention.syntax
        return Role.PARTY if dep == "amod" and word_in("actor_noun", head) else Role.PLACE
    if kind == "feature":
        if code in {"crossing", "pass"} and _venue_cue(article, mention):
            return Role.VENUE  # talks held at a crossing point ("met at Panmunjom")
        if code == "strait" and not _passage_cue(article, mention):
            return Role.PLACE  # "a storm hit the English Channel": no passage through it
        if CORRIDOR_KINDS.search(code):
            return Role.CORRIDOR
        if ZONE_KINDS.search(code):
            return Role.ZONE
    text = article.text
    s_start, s_end = mention.sentence if mention.sentence != (0, 0) else (0, len(text))
    before = text[max(s_start, mention.start - 120):mention.start]
    after = text[mention.end:min(s_end, mention.end + 80)]
    sentence = text[s_start:s_end]
    if kind in {"sea", "feature", "region"} and (re.search(r"canal", cand.name, re.I) or (
            STRAIT_NAME.search(cand.name) and _passage_cue(article, mention))):
        return Role.CORRIDOR  # a canal; a strait only with shipping, crossing or a blockade through it
    if AFTER_CORRIDOR.search(after):
        return Role.CORRIDOR
    if AFTER_ZONE.search(after) or FACILITY_ZONE.search(after):
        return Role.ZONE  # "Gaza buffer zone", "the Rivne plant's protection zone"
    if (kind != "country" and CROSSING_AT.search(before)) or (
            kind in {"admin", "region"} and THROUGH_REGION.search(before)):
        return Role.CORRIDOR  # "the crossing at Beitbridge into ...", "the aid road through Ituri"
    # Whole countries are parties or places; only their parts are zones.
    if kind != "country" and (BEFORE_ZONE.search(before) or STATIONED.search(before) or _zone_cue(before, after)):
        return Role.ZONE
    # A route described by its ends runs between towns, not between whole countries.
    if kind not in {"country", "continent", "region"} and BETWEEN_ENDS.search(before):
        return Role.CORRIDOR
    if _speaks_from(before, kind, code, cand.population if cand else 0):
        return Role.PARTY  # "officials in Lusaka said": the state acts from its seat; no venue
    if kind != "country" and _venue_cue(article, mention):
        return Role.VENUE
    if kind == "country" and HOSTED_BY.search(before):
        return Role.PLACE  # a host that only hosts is no party
    if MEDIATED_BY.search(before) and (kind == "country" or _capital(kind, code, cand.population if cand else 0)):
        return Role.PARTY  # a mediator acts
    if _acts(mention, kind, code, cand.population if cand else 0):
        return Role.PARTY
    if kind == "country":
        if (AFTER_PARTY.search(after) and not _undergoes(after)) or POSSESSIVE_ACTOR.search(after) \
                or BROKERED.search(after):
            return Role.PARTY
        if BETWEEN_PARTIES.search(before[-20:]) and MEETING.search(sentence):
            return Role.PARTY
    return Role.PLACE


PASSIVE = re.compile(r"^(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:has|have|had)\s+been\s+([a-z]+)\b|"
                     r"(?:is|are|was|were)\s+(?:being\s+)?([a-z]+ed)\b)")


def _undergoes(after: str) -> bool:
    """Whether a passive verb follows the state and it is not one that makes a party.

    "Uganda and Tanzania have been advised to strengthen surveillance": advised, not acting;
    "Iran was accused of ...": a state accused is a party (the ``passive_party`` list).
    """
    match = PASSIVE.match(after)
    if not match:
        return False
    verb = match.group(1) or match.group(2)
    return not word_in("passive_party", verb)


STRAIT_NAME = re.compile(r"strait|channel|passage|bosphorus|bosporus|dardanelles|mandeb", re.I)
PASSAGE = re.compile(rf"\b(?:{_words('passage_word')})\b", re.I)
STRAIT_ANAPHOR = re.compile(r"\bthe\s+(?:strait|straits|channel|waterway|passage)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _passage_cue(article: Article, mention: Mention) -> bool:
    """Whether the text speaks of passage through a strait: a ``passage_word`` (shipping, crossed,
    blockade...) in its sentence or in one that calls it "the strait" or "the waterway"."""
    text = article.text
    s_start, s_end = mention.sentence if mention.sentence != (0, 0) else (0, len(text))
    if PASSAGE.search(text[s_start:s_end]):
        return True
    return any(PASSAGE.search(s) and STRAIT_ANAPHOR.search(s) for s in SENTENCE_END.split(text))


def _zone_cue(before: str, after: str) -> bool:
    """A zone given by its purpose or its authority: "a buffer strip monitored by UN observers in X",
    "X, a besieged town", "the area of operations between the X river and the border", "the blockade of X"."""
    return bool(STRIP_ON.search(before) or STRIP_APPOSITIVE.search(after) or AREA_OF_OPERATIONS.search(before)
                or BLOCKADE.search(before))


def _capital(kind: str, code: str, population: int) -> bool:
    """A city that can stand for a government: a capital, or a city large enough to be a seat of one."""
    return kind == "city" and (code == "PPLC" or population >= 100_000)


def _speaks_from(before: str, kind: str, code: str, population: int) -> bool:
    """"Officials in Lusaka", "the government in Harare": a state acting from its capital (a government
    from any city that can be its seat: "the army-backed government in Port Sudan"); not "customs
    officials in Peshawar", who are local."""
    seat = SEAT.search(before, max(0, len(before) - 60))
    if not seat or word_in("seat_qualifier", seat.group("qualifier") or ""):
        return False
    if MEETING.search(_clause(before[:seat.start()])):
        return False  # "held talks with officials in Vienna": the meeting is held there
    if kind == "country" or (kind == "city" and code == "PPLC"):
        return True
    return seat.group("noun").lower() in GOVERNMENT_SEAT and _capital(kind, code, population)


def _venue_cue(article: Article, mention: Mention) -> bool:
    """Talks, a summit or a signing held at the place: "talks in Geneva", "the Doha round", "Moscow will host"."""
    text = article.text
    s_start, s_end = mention.sentence if mention.sentence != (0, 0) else (0, len(text))
    before = text[max(s_start, mention.start - 120):mention.start]
    after = text[mention.end:min(s_end, mention.end + 80)]
    if AFTER_VENUE.search(after) or HOST_AFTER.search(after) or HOSTED_BY.search(before):
        return True
    kind = mention.candidate.kind if mention.candidate else ""
    if kind not in {"city", "admin", "feature", ""}:
        return False
    # The meeting must be held there: its word shortly before the place, in the same clause ("met in X",
    # "talks at the village of X"), not after it ("officials in X described the talks") nor a clause
    # away ("the summit ended; fighters held in X were freed").
    return bool((BEFORE_VENUE.search(before) or VENUE_NOUN.search(before))
                and MEETING.search(_clause(before[-100:])))


CLAUSE_BREAK = re.compile(r";\s|,\s(?:while|but|whereas|which|who|where|as|and)\s|\s[\u2013\u2014]\s")


def _clause(before: str) -> str:
    """The clause that ``before`` ends in: what follows its last "; ", ", while", ", which" or dash."""
    return CLAUSE_BREAK.split(before)[-1]


ACT_STEMS = ("said", "say", "reject", "accus", "condemn", "deni", "deny", "demand", "propos", "urg", "call", "warn",
             "describ", "argu", "insist", "refus", "defend", "dismiss", "welcom", "announc", "sent", "send",
             "regard", "respond", "seiz", "agree", "host", "sign", "deploy", "threat", "offer", "pledg", "vow",
             "recogni", "withdr", "pull", "order", "ban", "expel", "summon", "protest", "want", "ask", "press",
             "negotiat", "mediat", "broker", "blam", "claim", "accept", "approv", "impos", "detect", "told",
             "tell", "acknowledg", "confirm", "express", "criticiz", "criticis", "chair", "co-chair", "sponsor",
             "guarante", "decid", "reiterat", "repeat", "retaliat", "vetoe", "veto", "boycott", "suspend",
             "halt", "closed", "close", "shut", "reopen", "install", "charg", "arrest", "detain", "extradit",
             "rule", "invit", "join", "quit", "drop", "bow", "struck", "strike", "launch", "attack", "fir",
             "shell", "invad", "captur", "annex", "occup", "mov", "dispatch", "reinforc")
STATIVE = {"is", "was", "are", "were", "be", "been", "lies", "lie", "lay", "sits", "sit", "borders", "border",
           "remains", "remain", "stretches", "faces", "face", "suffered", "suffers", "lost", "loses", "receives",
           "received", "saw", "sees", "ranks", "became", "becomes", "has", "have", "had", "contains", "includes"}
OBJECT_ACTS = {"accused", "accuses", "accusing", "urged", "urges", "urging", "blamed", "blames", "warned", "warns",
               "with", "against", "pressed", "demanded", "asked", "told", "persuade", "called"}
ACTOR_NOUNS = {"delegation", "government", "army", "military", "forces", "troops", "navy", "ministry", "minister",
               "president", "leader", "leaders", "officials", "envoy", "ambassador", "negotiators", "chiefs",
               "authorities", "coast", "guard", "cabinet", "parliament", "foreign", "defence", "defense",
               "spokesman", "spokeswoman", "administration", "regime", "demands", "offer", "proposal",
               "decision", "statement"}


def _acts(mention: Mention, kind: str, code: str, population: int) -> bool:
    """Whether the name is an actor in its sentence: a state, or a capital standing for its government.

    Countries (and de facto states) act as the subject of almost any verb ("Iran
    seized"; "Turkey hosted" only with another act in the article: ``_only_hosts``); a city only when it speaks or decides for a
    government ("Moscow said", "accused Kigali"), which is metonymy.
    """
    dep, head, head_pos = mention.syntax
    statelike = kind == "country"
    capital = _capital(kind, code, population)
    if not (statelike or capital):
        return False
    if word_in("sport_verb", head):
        return False  # "Zimbabwe beat Kenya": a team
    stem_ok = any(head.startswith(stem) for stem in ACT_STEMS)
    if dep == "nsubj" and head_pos in {"VERB", "AUX"}:
        return statelike and head not in STATIVE or stem_ok
    if dep in {"dobj", "pobj"} and head in OBJECT_ACTS:
        return True  # "accused Moscow of", "urged New Delhi to", "negotiate with Kinshasa"
    if dep == "poss" and head in ACTOR_NOUNS:
        return True  # "Pyongyang's delegation", "South Korea's joint chiefs"
    return False


RADIUS = re.compile(r"(\d+(?:[.,]\d+)?)[\s-]*(km|kilometres?|kilometers?|miles?|mi)\b[\s-]*"
                    r"(?:[\w-]+\s+){0,3}?(?:zone|radius|area|perimeter|cordon|belt)\s+"
                    r"(?:around|surrounding|near|of|round)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
ROUTE = re.compile(rf"(?P<coast>\b(?:{_words('coast_word')})\s+)?\b(?P<kind>{CORRIDOR_WORDS})s?\s+"
                   r"(?:(?:that|which)\s+)?(?:runs?\s+|running\s+|leading\s+)?"
                   r"(?:along\s+(?:the\s+)?(?P<along>[^,.;]{1,40}?)\s+)?"
                   r"(?:from|between|linking|connecting)\s+(?:the\s+)?$", re.I)
ROUTE_JOIN = re.compile(r"^\s*(?:,\s*|\s+)(?:to|and|with|via|through)\s+(?:the\s+)?$", re.I)


def _mark_radii(article: Article, mentions: list[Mention]) -> list[Mention]:
    """Mark the centre of "a 30 km exclusion zone around X" with its radius."""
    out = []
    for m in mentions:
        match = RADIUS.search(article.text[max(m.sentence[0], m.start - 120):m.start])
        if match and m.zone is None:
            value = float(match.group(1).replace(",", "."))
            if match.group(2).lower().startswith("mi"):
                value *= 1.609344
            m = replace(m, radius_km=round(value, 3))
        out.append(m)
    return out


DASH_JOIN = re.compile(r"^[-\u2013\u2014]$")


def _max_route_km() -> float:
    return float(next(iter(lexicon()["max_route_km"])))


def _route_chains(text: str, mentions: list[Mention]):
    """(kind, indices of its places, indices of those it runs via, what it runs along) of each route the
    text describes by its ends: "the road from A to B (via C)", "the corridor between A and B", "the A-B
    road"; what it runs along is "coast" ("the coastal road from A to B"), the span of the words after
    "along" ("the road along the Nile from A to B") or None."""
    for i, m in enumerate(mentions):
        window = max(m.sentence[0], m.start - 60)
        head = ROUTE.search(text[window:m.start])
        if head:
            along = None
            if head.group("coast") or (head.group("along") and word_in("coast_word", head.group("along"))):
                along = "coast"
            elif head.group("along"):
                along = (window + head.start("along"), window + head.end("along"))
            chain, via = [i], []
            while chain[-1] + 1 < len(mentions):
                join = ROUTE_JOIN.match(text[mentions[chain[-1]].end:mentions[chain[-1] + 1].start])
                if not join:
                    break
                chain.append(chain[-1] + 1)
                if re.search(r"\b(?:via|through)\b", join.group(0), re.I):
                    via.append(chain[-1])  # "from A to B via C": C lies between A and B
            yield head.group("kind").lower(), chain, via, along
        elif i + 1 < len(mentions) and DASH_JOIN.match(text[m.end:mentions[i + 1].start]) and (
                i == 0 or not DASH_JOIN.match(text[mentions[i - 1].end:m.start])):
            chain = [i, i + 1]
            while chain[-1] + 1 < len(mentions) and DASH_JOIN.match(
                    text[mentions[chain[-1]].end:mentions[chain[-1] + 1].start]):
                chain.append(chain[-1] + 1)
            word = AFTER_CORRIDOR.search(text[mentions[chain[-1]].end:mentions[chain[-1]].end + 40])
            if word:
                yield word.group(0).strip(" -").lower(), chain, [], None


def _mark_routes(article: Article, mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Mark the ends of routes described by them: "the road from Goris to Stepanakert", "the Kano-Zaria road".

    Also returns the ends of described routes that are no road trip (a leg longer than
    ``max_route_km`` in data/lexicon.tsv: "the route from Lisbon to Tokyo" is a flight): those
    ends are places, and no route is drawn.
    """
    from .rankfeatures import haversine_km

    out = list(mentions)
    too_long: set[int] = set()
    for kind, chain, via, along in _route_chains(article.text, mentions):
        ends = [mentions[k].candidate for k in chain]
        # Routes run between towns; "the crossing between Gaza and Egypt" names no route ends.
        if len(chain) < 2 or any(c is None or c.kind in {"country", "continent", "region", "sea"} for c in ends):
            continue
        if any(haversine_km(a.lat, a.lon, b.lat, b.lon) > _max_route_km() for a, b in zip(ends, ends[1:])):
            too_long.update(chain)
            continue
        if isinstance(along, tuple):  # the river named after "along", if the gazetteer knows it as one
            along = next((r.candidate.name for r in mentions if along[0] <= r.start and r.end <= along[1]
                          and r.candidate is not None and r.candidate.kind == "river"), None)
        route = Route(kind=kind, ends=tuple(mentions[k].text for k in chain if k not in via),
                      via=tuple(mentions[k].text for k in via), along=along or "")
        for k in chain:
            out[k] = replace(out[k], route=route)
    return out, too_long


def _spread_zones(text: str, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """A zone given around several places names them all: "a demilitarised zone around X and Y"."""
    roles = list(roles)
    for i in range(1, len(mentions)):
        prev, m = mentions[i - 1], mentions[i]
        cand = m.candidate
        if (roles[i - 1] == Role.ZONE and roles[i] == Role.PLACE and prev.zone is None and not prev.radius_km
                and (prev.candidate is None or prev.candidate.kind != "feature")
                and (cand is None or cand.kind not in {"country", "continent"})
                and ZONE_JOIN.match(text[prev.end:m.start])):
            roles[i] = Role.ZONE
    return roles


POINT_KINDS = frozenset({"city", "admin2"})
"""Kinds of entry the map draws as a point (no shipped polygon), so that a zone on them needs a derived area."""


def _mark_zones_around(text: str, mentions: list[Mention], roles: list[Role]) -> list[Mention]:
    """Mark the places a zone is given around, two or more of them with no radius ("a proposed demilitarised
    zone around Kupiansk and Vovchansk"): the map draws one area around them all, not a dot per town."""
    out = list(mentions)
    i = 0
    while i < len(mentions):
        group = [i]
        while group[-1] + 1 < len(mentions) and ZONE_JOIN.match(text[mentions[group[-1]].end:
                                                                     mentions[group[-1] + 1].start]):
            group.append(group[-1] + 1)
        i = group[-1] + 1
        members = [mentions[k] for k in group]
        if len(group) >= 2 and all(roles[k] == Role.ZONE for k in group) and all(
                m.candidate is not None and m.candidate.kind in POINT_KINDS and not m.radius_km and m.zone is None
                for m in members):
            around = ZoneAround(tuple(m.text for m in members))
            for k in group:
                out[k] = replace(out[k], around=around)
    return out


HOST_VERBS = frozenset({"host", "hosts", "hosted", "hosting"})


def _only_hosts(text: str, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """A host that only hosts is no party: a country whose every party mention in the article is the
    subject of "host" ("Oman hosted the talks", "Kenya will host the next round", "Qatar and Egypt
    hosted them") is a place; one that also acts elsewhere ("... Ghana accused Togo") stays a party."""
    hosting = [m.candidate is not None and m.candidate.kind == "country" and m.syntax[0] == "nsubj"
               and m.syntax[1].lower() in HOST_VERBS for m in mentions]
    for i in range(1, len(mentions)):  # conjuncts share the verb: "Qatar and Egypt hosted"
        if hosting[i - 1] and mentions[i].syntax[0] == "conj" and mentions[i].candidate is not None \
                and mentions[i].candidate.kind == "country" and PARTY_JOIN.match(text[mentions[i - 1].end:mentions[i].start]):
            hosting[i] = True
    parties: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if roles[i] == Role.PARTY:
            parties[place_key(m)].append(i)
    roles = list(roles)
    for found in parties.values():
        if all(hosting[i] for i in found):
            for i in found:
                roles[i] = Role.PLACE
    return roles


PARTY_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.I)


def _spread_parties(text: str, mentions: list[Mention], roles: list[Role]) -> list[Role]:
    """States acting together act each: "Ghana and Togo agreed", "Burundi, Uganda and Tanzania signed"."""
    roles = list(roles)
    for i in range(len(mentions) - 2, -1, -1):  # backwards: the last conjunct is the subject's head's conjunct
        m, nxt = mentions[i], mentions[i + 1]
        if roles[i] == Role.PLACE and roles[i + 1] == Role.PARTY and m.candidate is not None \
                and m.candidate.kind == "country" and PARTY_JOIN.match(text[m.end:nxt.start]) \
                and nxt.syntax[0] == "conj":
            roles[i] = Role.PARTY
    for i in range(1, len(mentions)):
        prev, m = mentions[i - 1], mentions[i]
        if roles[i - 1] == Role.PARTY and roles[i] == Role.PLACE and m.candidate is not None \
                and m.candidate.kind == "country" and m.syntax[0] == "conj" \
                and PARTY_JOIN.match(text[prev.end:m.start]):
            roles[i] = Role.PARTY
    return roles


def _venue_cities(mentions: list[Mention], roles: list[Role], gazetteer=None) -> list[Mention]:
    """A venue resolved to a state or province that shares its name with its capital city is the city:
    people meet in Mendoza the city, not in the province."""
    out = list(mentions)
    for i, (m, role) in enumerate(zip(mentions, roles)):
        cand = m.candidate
        if role != Role.VENUE or cand is None or cand.kind != "admin":
            continue
        if gazetteer is None:
            from .gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        from .textnorm import name_key

        cities = [c for c in gazetteer.candidates(m.key or m.text) if c.kind == "city" and c.country == cand.country
                  and name_key(c.name) == name_key(cand.name) and (c.admin1 == cand.admin1 or not cand.admin1)]
        if cities:
            out[i] = replace(m, candidate=max(cities, key=lambda c: (c.population, -c.row)))
    return out


def place_key(mention: Mention) -> str:
    """What makes two mentions the same place: the gazetteer entry, else the folded name."""
    from .textnorm import name_key

    return f"g{mention.candidate.row}" if mention.candidate else f"n:{name_key(mention.text)}"


def _reads_syntax(mention: Mention) -> bool:
    """Whether a mention's role may turn on its grammar: a demonym ("Russian peacekeepers"), a country
    or a city that can stand for a government ("Iran seized", "accused Kigali")."""
    cand = mention.candidate
    return mention.label == "DEMONYM" or cand is not None and (
        cand.kind == "country" or _capital(cand.kind, cand.feature_code, cand.population))


def _with_syntax(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions, those whose role may turn on their grammar with it (their sentences parsed once each)."""
    need = [i for i, m in enumerate(mentions) if m.syntax == NO_SYNTAX and _reads_syntax(m)]
    if not need:
        return mentions
    found = name_syntax(article.text, [(mentions[i].sentence, mentions[i].start, mentions[i].end) for i in need])
    out = list(mentions)
    for i, syntax in zip(need, found):
        out[i] = replace(out[i], syntax=syntax)
    return out


def assign_roles(article: Article, mentions: list[Mention], gazetteer=None) -> list[Mention]:
    """Give each mention its place's role in this article, with the deciding sentence as evidence.

    A place's role in an article is the most specific role any of its mentions
    shows (corridor, zone, venue, party), so that "Moscow" keeps its venue role
    in the sentences that only name it.
    """
    mentions, too_long = _mark_routes(article, _mark_radii(article, _with_syntax(article, mentions)))
    per_mention = [Role.CORRIDOR if m.route else Role.ZONE if m.radius_km else
                   Role.PLACE if i in too_long else mention_role(article, m) for i, m in enumerate(mentions)]
    per_mention = _spread_parties(article.text, mentions, _spread_zones(article.text, mentions, per_mention))
    per_mention = _only_hosts(article.text, mentions, per_mention)
    mentions = _mark_zones_around(article.text, mentions, per_mention)
    # A venue's mentions elsewhere in the article are the same city: decide the entry first.
    venue_keys = {place_key(m) for m, r in zip(mentions, per_mention) if r == Role.VENUE}
    per_place = [Role.VENUE if place_key(m) in venue_keys else r for m, r in zip(mentions, per_mention)]
    mentions = _venue_cities(mentions, per_place, gazetteer)
    votes: dict[str, Counter] = defaultdict(Counter)
    evidence: dict[tuple[str, str], Mention] = {}
    for m, role in zip(mentions, per_mention):
        key = place_key(m)
        votes[key][role] += 1
        evidence.setdefault((key, role), m)
    out = []
    for m in mentions:
        key = place_key(m)
        role = next((r for r in ROLE_PRIORITY if votes[key][r]), Role.PLACE)
        ev = evidence[(key, role)]
        out.append(replace(m, role=role, evidence=article.text[ev.sentence[0]:ev.sentence[1]].strip()))
    return out

"""Plain typed records that flow between the stages: Article -> Mention -> Place."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Article", "Mention", "Candidate", "Excerpt", "Place", "Role", "ROLE_PRIORITY", "Route", "ZoneAround", "ZonePhrase"]


class Role(StrEnum):
    """What a place is in the story, in map order (the layers, the legend, the CLI's counts).

    ``rank`` is its specificity: a place that is a corridor in one sentence and a venue in
    another is a corridor (``ROLE_PRIORITY``). ``Role.get("zones")`` accepts plurals and lists
    the valid names on a typo.

    >>> [r.value for r in ROLE_PRIORITY]
    ['corridor', 'zone', 'venue', 'party', 'place']
    """

    VENUE = "venue", 2
    CORRIDOR = "corridor", 0
    ZONE = "zone", 1
    PARTY = "party", 3
    PLACE = "place", 4

    def __new__(cls, value: str, rank: int):
        member = str.__new__(cls, value)
        member._value_ = value
        member.rank = rank
        return member

    @classmethod
    def get(cls, value: str) -> "Role":
        v = value.strip().lower()
        for role in cls:
            if v in {role.value, role.value + "s", role.value + "es"}:
                return role
        from .errors import OptionError

        raise OptionError(f"unknown role {value!r}; valid: {', '.join(r.value for r in cls)}")


ROLE_PRIORITY: tuple[Role, ...] = tuple(sorted(Role, key=lambda r: r.rank))
"""The roles from the most specific (corridor) to the least (place)."""


@dataclass(frozen=True)
class Route:
    """A route the text describes by its ends, not by a name: "the road from Goris to Stepanakert".

    ``kind`` is the route's word as written ("road", "shipping lane"), ``ends`` the end names in
    the text's order, ``via`` the places it runs through ("from A to B via C"), ``along`` what the
    text says it follows: a river ("the road along the Nile from A to B") or ``"coast"`` ("the
    coastal road from A to B").
    """

    kind: str
    ends: tuple[str, ...]
    via: tuple[str, ...] = ()
    along: str = ""  # the river it follows as the gazetteer names it ("the road along the Nile"), "coast", or ""

    @property
    def stops(self) -> tuple[str, ...]:
        """The places in the order the route passes them: first end, the places it runs via, the other ends.

        >>> Route("road", ("Goris", "Stepanakert"), ("Lachin",)).stops
        ('Goris', 'Lachin', 'Stepanakert')
        """
        return self.ends[:1] + self.via + self.ends[1:]


@dataclass(frozen=True)
class ZonePhrase:
    """A zone the text gives by a description, not a name ("the Russian peacekeepers' area of
    responsibility"); ``words`` are the phrase as written."""

    words: str


@dataclass(frozen=True)
class ZoneAround:
    """A zone the text gives by the places it lies around, with no radius ("a proposed demilitarised zone
    around Kupiansk and Vovchansk"); ``places`` are their names as written, in the text's order."""

    places: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """One news article as read: ``text`` is exactly what offsets index into."""

    id: str
    text: str
    title: str = ""
    source: str = ""  # file path or "<stdin>", for the reader
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name could refer to."""

    row: int
    geonameid: int | None
    name: str
    kind: str  # continent|country|admin|city|region|sea|river|...|feature
    feature_code: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    primary: bool  # the surface form is the entry's own name, not an alternate


@dataclass(frozen=True)
class Mention:
    """A place mention in one article, resolved or not.

    ``start``/``end`` index ``Article.text``; ``candidate`` is None when the
    gazetteer does not know the name.
    """

    doc: str
    start: int
    end: int
    text: str
    label: str  # what found it: NER label, "GAZ", "DEMONYM", "ROAD" or "ZONE" (a zone phrase)
    key: str = ""  # the fuller name the gazetteer knows it by ("Lachin corridor" for "Lachin"), if any
    candidate: Candidate | None = None
    score: float = 0.0
    role: Role = Role.PLACE
    evidence: str = ""  # the sentence that decided the role
    sentence: tuple[int, int] = (0, 0)  # span of the containing sentence in Article.text
    syntax: tuple[str, str, str] = ("", "", "")  # its dependency, head word and head POS: set by the roles where they read it (syntax.py)
    route: Route | None = None  # for an end of a route described by its ends ("road from A to B")
    zone: ZonePhrase | None = None  # for a zone given by a phrase, not a name
    radius_km: float = 0.0  # for the centre of a zone given by its radius ("30 km zone around X")
    around: ZoneAround | None = None  # for each of the places a zone is given around ("a zone around X and Y")
    confidence: float = 1.0  # the recognition model's probability that the span names a place

    @property
    def resolved(self) -> bool:
        return self.candidate is not None


@dataclass(frozen=True)
class Excerpt:
    """A sentence quoting a place, with the place's words located inside it."""

    text: str
    highlights: tuple[tuple[int, int], ...]
    source: str
    doc: str
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Place:
    """A place aggregated over every mention of it in every article."""

    key: str
    name: str
    kind: str
    role: Role
    lat: float
    lon: float
    country: str | None
    geonameid: int | None
    mentions: int
    excerpts: tuple[Excerpt, ...]
    roles: tuple[tuple[Role, int], ...] = field(default=())  # role -> supporting mentions
    evidence: str = ""
    docs: tuple[str, ...] = ()
    quotes: int = 0  # sentences quoting the place before the excerpts were capped
    radius_km: float = 0.0  # a zone the text gives by its radius around this place
    path: tuple[tuple[float, float], ...] = ()  # (lat, lon) in order, for a route described by its ends
    admin1: str | None = None  # the entry's first-level division code, to name where it is ("Texas")
    feature_code: str = ""  # GeoNames feature code, or a curated feature's kind ("corridor", "crossing")
    score: float = 0.0  # mean score of its mentions: how sure the pick of this entry is
    route: Route | None = None  # the route this place is, its ends named as the gazetteer names them
    around: tuple[tuple[float, float], ...] = ()  # (lat, lon) of the places a zone given around them lies around

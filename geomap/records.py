"""Plain typed records that flow between the stages: Article -> Mention -> Place."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Article", "Mention", "Candidate", "Excerpt", "Place"]


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
    label: str  # what found it: NER label or "GAZ"
    key: str = ""  # the fuller name the gazetteer knows it by ("Lachin corridor" for "Lachin"), if any
    candidate: Candidate | None = None
    score: float = 0.0
    role: str = "place"
    evidence: str = ""  # the sentence that decided the role
    sentence: tuple[int, int] = (0, 0)  # span of the containing sentence in Article.text
    syntax: tuple[str, str, str] = ("", "", "")  # dependency of the name, its head word, the head's POS
    route: str = ""  # for an end of a route described by its ends: the route's words ("road from A to B")
    radius_km: float = 0.0  # for the centre of a zone given by its radius ("30 km zone around X")
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
    role: str
    lat: float
    lon: float
    country: str | None
    geonameid: int | None
    mentions: int
    excerpts: tuple[Excerpt, ...]
    roles: tuple[tuple[str, int], ...] = field(default=())  # role -> supporting mentions
    evidence: str = ""
    docs: tuple[str, ...] = ()
    quotes: int = 0  # sentences quoting the place before the excerpts were capped
    radius_km: float = 0.0  # a zone the text gives by its radius around this place
    path: tuple[tuple[float, float], ...] = ()  # (lat, lon) in order, for a route described by its ends
    admin1: str | None = None  # the entry's first-level division code, to name where it is ("Texas")
    feature_code: str = ""  # GeoNames feature code, or a curated feature's kind ("corridor", "crossing")
    score: float = 0.0  # mean score of its mentions: how sure the pick of this entry is

"""Event location: where the event happened, not every place its sentence names.

For an event's trigger we rank the places in its sentence by how they attach:
a locative phrase on the trigger ("killed ... in Kunar") beats one elsewhere in the
sentence, which beats a bare mention ("Kabul police"); destinations and origins
("pushed fighters into Pakistan", "fled from Kunduz") and other prepositional roles
("talks with Pakistan") are never the location.
"in the country" is the document's main country; "in the province" the latest province.
With nothing in the sentence, the document's dominant country stands in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dateline.model import AnnotatedDoc, Event, Location, Place, Token

DIRECTIONAL = frozenset({"into", "to", "toward", "towards", "from", "onto", "out", "via"})
LOCATIVE = frozenset({
    "in", "at", "near", "outside", "inside", "across", "throughout", "within", "around",
    "on", "along", "over", "off", "beyond", "north", "south", "east", "west",
})
PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin1", "region": "region",
             "city": "city", "facility": "point"}
# among equally attached places the finest wins
FINENESS = {"facility": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 0}
# "in the country" → the latest place with one of these features
ANAPHORS = {"country": ("country",), "province": ("admin1",), "state": ("admin1",),
            "city": ("city",), "capital": ("city",), "region": ("region", "admin1")}
CLIMB = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod", "case"})

ATTACHED, LOCATIVE_ELSEWHERE, ANAPHOR, MENTIONED = 4.0, 3.0, 2.5, 1.0


def _span_head(doc: AnnotatedDoc, start: int, end: int) -> int:
    for i in range(start, end):
        if not start <= doc.tokens[i].head < end or doc.tokens[i].head == i:
            return i
    return end - 1


def _preposition(doc: AnnotatedDoc, head: int) -> Token | None:
    """The preposition governing the phrase ``head`` sits in, climbing through modifiers."""
    tok = doc.tokens[head]
    for _ in range(6):
        if tok.dep == "pobj":
            prep = doc.tokens[tok.head]
            if prep.text.lower() != "of" or prep.head == prep.i:
                return prep
            tok = doc.tokens[prep.head]  # "the capital of X": as the capital attaches
            continue
        if tok.dep not in CLIMB or tok.head == tok.i:
            return None
        tok = doc.tokens[tok.head]
    return None


def _governs(doc: AnnotatedDoc, ancestor: int, token: int, hops: int = 3) -> bool:
    """True when ``ancestor`` is ``token`` or one of its heads within ``hops``."""
    for _ in range(hops + 1):
        if token == ancestor:
            return True
        parent = doc.tokens[token].head
        if parent == token:
            return False
        token = parent
    return False


def _score(doc: AnnotatedDoc, trigger: int, start: int, end: int) -> float:
    prep = _preposition(doc, _span_head(doc, start, end))
    if prep is None:
        return MENTIONED
    word = prep.text.lower()
    if word in DIRECTIONAL:
        return 0.0
    if word not in LOCATIVE:
        return 0.0  # "talks with Pakistan", "countries including Russia": not where
    attached = _governs(doc, trigger, prep.head, hops=1) or _governs(doc, prep.head, trigger, 1)
    return ATTACHED if attached else LOCATIVE_ELSEWHERE


def to_location(place: Place, text: str | None = "") -> Location:
    """``text``: the words that locate the event ("" = the place's own words)."""
    return Location(
        text=place.text if text == "" else text, name=place.name, country=place.country,
        admin1=place.admin1, lat=place.lat, lon=place.lon, gazetteer_id=place.gazetteer_id,
        precision=PRECISION.get(place.feature or "", "point"),
    )


def dominant_country(doc: AnnotatedDoc, exclude: frozenset[str] = frozenset()) -> Place | None:
    """The country the document is mostly about (leaving out ``exclude``), as a place."""
    weights: Counter[str] = Counter()
    for p in doc.places:
        if p.country and p.name and p.country not in exclude:
            weights[p.country] += 2 if p.feature == "country" else 1
    if not weights:
        return None
    iso3 = weights.most_common(1)[0][0]
    for p in doc.places:
        if p.country == iso3 and p.feature == "country":
            return p
    return _country_place(iso3)


def _country_place(iso3: str) -> Place | None:
    """A country the document names only through its towns: from the gazetteer."""
    from dateline.geo.index import load_gazetteer

    rec = load_gazetteer().country(iso3)
    if rec is None:
        return None
    return Place(-1, -1, "", rec.name, rec.country, None, rec.lat, rec.lon, rec.gid, "country")


def _anaphor(doc: AnnotatedDoc, trigger: int, lo: int, hi: int) -> tuple[float, Location] | None:
    """"in the country": the latest earlier place of that kind."""
    for tok in doc.tokens[lo:hi]:
        features = ANAPHORS.get(tok.text.lower())
        prev = doc.tokens[tok.i - 1] if tok.i > lo else None
        if not features or prev is None or prev.text.lower() != "the" or tok.dep != "pobj":
            continue
        prep = doc.tokens[tok.head]
        if prep.text.lower() not in LOCATIVE:
            continue
        earlier = _referent(doc, features, tok.start)
        if earlier:
            attached = _governs(doc, trigger, prep.head, hops=1)
            text = doc.document.text[prev.start : tok.end]
            return (ATTACHED - 0.5 if attached else ANAPHOR), to_location(earlier[-1], text)
    return None


def _referent(doc: AnnotatedDoc, features: tuple[str, ...], before: int) -> list[Place]:
    """"the country" is the document's main country (news repeats it so); "the
    province" is the latest province named before it."""
    if features == ("country",):
        dom = dominant_country(doc)
        return [dom] if dom is not None else []
    return [p for p in doc.places if p.end <= before and p.feature in features and p.name]


def _trigger(doc: AnnotatedDoc, event: Event) -> int:
    ev = event.evidence
    if 0 <= ev.trigger_token < len(doc.tokens):
        return ev.trigger_token
    for t in doc.tokens:
        if t.start <= ev.trigger_start < t.end or (ev.trigger_start < 0 and t.start >= ev.start):
            return t.i
    return -1


def locate(doc: AnnotatedDoc, event: Event) -> Location | None:
    """The event's location, or None when neither the text nor the document gives one."""
    trigger = _trigger(doc, event)
    if trigger < 0:
        return _fallback(doc)
    sent = doc.sentences[doc.tokens[trigger].sent]
    lo, hi = sent.token_start, sent.token_end
    ranked: list[tuple[float, int, int, Location]] = []
    away: set[str] = set()  # countries named only as destination or origin
    for p in doc.places:
        if p.name is None or p.lat is None or not lo <= p.token_start < hi:
            continue
        score = _score(doc, trigger, p.token_start, p.token_end)
        if score > 0:
            ranked.append((score, FINENESS.get(p.feature or "", 0),
                           -abs(p.token_start - trigger), to_location(p)))
        elif p.country and p.feature == "country":
            away.add(p.country)
    anaphor = _anaphor(doc, trigger, lo, hi)
    if anaphor is not None:
        ranked.append((anaphor[0], 0, 0, anaphor[1]))
    if ranked:  # best attachment, then the finest place ("in Achin, Nangarhar"), then nearest
        return max(ranked, key=lambda r: (r[0], r[1], r[2]))[3]
    return _fallback(doc, frozenset(away))


def _fallback(doc: AnnotatedDoc, away: frozenset[str] = frozenset()) -> Location | None:
    """Nothing in the sentence: the document's main country (not one the event headed to)."""
    dom = dominant_country(doc, away)
    return None if dom is None else to_location(dom, text=None)


def locate_all(doc: AnnotatedDoc, events: Sequence[Event]) -> list[Location | None]:
    return [locate(doc, e) for e in events]

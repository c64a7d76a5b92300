"""Toponym recognition: which spans of a parsed document name places.

Beyond the NER model's GPE/LOC/FAC spans this finds "X province", "the village of X",
compass regions ("eastern Afghanistan"), proper nouns after a locative preposition that
the gazetteer knows, and demonyms, but only where they locate ("Afghan territory",
"the Afghan capital"), never where they describe people ("Afghan officials").
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.geo.index import Gazetteer, GeoRecord
from dateline.geo.normal import name_key
from dateline.model import AnnotatedDoc, Entity, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels the small model puts on place names often enough to check them ("in Kiev": ORG)
MISTAGGED = frozenset({"ORG", "PERSON", "PRODUCT"})
# words after a name that say what kind of place it is → the feature we then prefer
TYPE_WORDS = {
    "province": "admin1", "provinces": "admin1", "state": "admin1", "governorate": "admin1",
    "oblast": "admin1", "region": "admin1", "prefecture": "admin1", "county": "admin2",
    "district": "admin2", "city": "city", "town": "city", "village": "city",
}
# "the village of X", "the city of X" → X is a populated place
OF_WORDS = {"village": "city", "town": "city", "city": "city", "province": "admin1",
            "state": "admin1", "region": "admin1", "district": "admin2", "capital": "city"}
COMPASS = frozenset({
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
    "north-eastern", "north-western", "south-eastern", "south-western",
})
# nouns that make a demonym locate: "Afghan soil", "the Syrian border"
LOCATING_NOUNS = frozenset({
    "capital", "border", "borders", "territory", "territories", "soil", "airspace", "waters",
    "coast", "coastline", "countryside", "mainland", "side", "frontier", "city", "town",
    "village", "province", "provinces", "mountains", "desert", "port", "island", "islands",
})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
DETERMINERS = frozenset({"the", "The"})
# entity labels that are never places, whatever the gazetteer knows ("in May", "in 2020")
NOT_PLACES = frozenset({
    "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "GPE", "LOC", "FAC",
    "LAW", "LANGUAGE",
})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A recognised place name, not yet resolved.

    ``query`` is the name to look up; ``hint`` the feature the context asks for
    (admin1, city, region); ``country`` is fixed for demonyms; ``compass`` holds a
    direction word for "eastern X" regions the gazetteer lacks.
    """

    start: int
    end: int
    token_start: int
    token_end: int
    text: str
    query: str
    hint: str | None = None
    country: str | None = None
    compass: str | None = None
    source: str = "ner"
    label: str = "GPE"


def _span_text(doc: AnnotatedDoc, ts: int, te: int) -> tuple[int, int, str]:
    start, end = doc.tokens[ts].start, doc.tokens[te - 1].end
    return start, end, doc.document.text[start:end]


def _trim(doc: AnnotatedDoc, ts: int, te: int) -> tuple[int, int]:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    toks = doc.tokens
    while ts < te - 1 and toks[ts].text in DETERMINERS:
        ts += 1
    while te > ts + 1 and toks[te - 1].text in {"'s", "’s", "'"}:
        te -= 1
    return ts, te


def _make(doc: AnnotatedDoc, ts: int, te: int, **kw: str | None) -> Toponym:
    start, end, text = _span_text(doc, ts, te)
    query = kw.pop("query", None) or text
    return Toponym(start, end, ts, te, text, query, **kw)  # type: ignore[arg-type]


def _left_word(doc: AnnotatedDoc, ts: int, back: int = 1) -> Token | None:
    i = ts - back
    if i < 0 or doc.tokens[i].sent != doc.tokens[ts].sent:
        return None
    return doc.tokens[i]


def _from_entity(doc: AnnotatedDoc, gaz: Gazetteer, ts: int, te: int, label: str) -> Toponym:
    ts, te = _trim(doc, ts, te)
    toks = doc.tokens
    last = toks[te - 1].text.lower()
    # "Nangarhar province" (inside the entity or just after it)
    if last in TYPE_WORDS and te - ts > 1 and toks[te - 2].text not in {"of"}:
        inner = _span_text(doc, ts, te - 1)[2]
        if inner in gaz and _span_text(doc, ts, te)[2] not in gaz:  # not "Cape Town"
            return _make(doc, ts, te, query=inner, hint=TYPE_WORDS[last], label=label)
    nxt = toks[te] if te < len(toks) and toks[te].sent == toks[ts].sent else None
    if nxt is not None and nxt.text.lower() in TYPE_WORDS and nxt.pos in {"NOUN", "PROPN"}:
        return _make(doc, ts, te + 1, query=_span_text(doc, ts, te)[2],
                     hint=TYPE_WORDS[nxt.text.lower()], label=label)
    first = toks[ts].text.lower()
    if first in COMPASS and te - ts > 1 and _span_text(doc, ts, te)[2] not in gaz:
        inner = _span_text(doc, ts + 1, te)[2]  # "Southern California" tagged as one name
        if inner in gaz:
            return _make(doc, ts, te, query=inner, compass=first, label=label)
    left = _left_word(doc, ts)
    if left is not None and left.text.lower() in COMPASS:
        whole = _span_text(doc, ts - 1, te)[2]
        inner = _span_text(doc, ts, te)[2]
        if whole in gaz:
            return _make(doc, ts - 1, te, hint="region", label=label)
        return _make(doc, ts - 1, te, query=inner, compass=left.text.lower(), label=label)
    of, kind = _left_word(doc, ts), _left_word(doc, ts, 2)
    if of is not None and of.text == "of" and kind is not None and kind.text.lower() in OF_WORDS:
        return _make(doc, ts, te, hint=OF_WORDS[kind.text.lower()], label=label)
    return _make(doc, ts, te, label=label)


def _demonym(doc: AnnotatedDoc, gaz: Gazetteer, ts: int, te: int) -> Toponym | None:
    """A demonym that locates: it modifies a place noun ("the Afghan capital")."""
    ts, te = _trim(doc, ts, te)
    text = _span_text(doc, ts, te)[2]
    iso3 = gaz.demonym(text)
    if iso3 is None:
        return None
    head = doc.tokens[doc.tokens[te - 1].head]
    if head.i >= te and head.dep != "ROOT" and head.text.lower() in LOCATING_NOUNS:
        hint = "capital" if head.text.lower() == "capital" else "country"
        return _make(doc, ts, te, query=text, hint=hint, country=iso3, source="demonym",
                     label="NORP")
    return None


def _known(rec: GeoRecord) -> bool:
    """Well enough known to trust a name the NER did not tag as a place."""
    if rec.population >= 100_000:
        return True  # also by an alternate name ("Kiev")
    return rec.primary and (rec.population >= 1000 or rec.feature in {"country", "region"})


def _bare_propn(token: Token) -> bool:
    return token.pos == "PROPN" and token.ent_type not in NOT_PLACES


def _opens_place(doc: AnnotatedDoc, i: int) -> int:
    """Index of the first name token when token ``i`` opens a place phrase ("in the",
    "village of"), else -1."""
    toks = doc.tokens
    word = toks[i].text.lower()
    j = i + 1
    if word in LOCATIVE_PREPS:
        if j < len(toks) and toks[j].text.lower() == "the":
            j += 1
    elif not (word == "of" and i > 0 and toks[i - 1].text.lower() in OF_WORDS):
        return -1
    ok = j < len(toks) and toks[j].sent == toks[i].sent and _bare_propn(toks[j])
    return j if ok else -1


def _well_known(gaz: Gazetteer, text: str) -> bool:
    """A name the NER called an organisation or person but that is, by its display
    name, a country, a first-level division, a curated region or a big city."""
    if text[:1].islower() or len(text) < 4:
        return False
    return any(
        r.primary and (r.feature != "city" or r.population >= 200_000) for r in gaz.lookup(text)
    )


def _not_a_person(doc: AnnotatedDoc, ent: Entity) -> bool:
    """A one-word PERSON ("Jordan said") is a place only after a preposition of place."""
    if ent.label != "PERSON" or ent.token_end - ent.token_start > 1:
        return True
    left = _left_word(doc, ent.token_start)
    return left is not None and left.text.lower() in LOCATIVE_PREPS | {"to", "from"}


def _is_demonym(gaz: Gazetteer, text: str) -> bool:
    """NER sometimes tags "Ukrainian" as a GPE; a demonym that is no place name."""
    return gaz.demonym(text) is not None and text not in gaz


def _after_preposition(doc: AnnotatedDoc, gaz: Gazetteer, taken: set[int]) -> list[Toponym]:
    """Proper nouns the NER missed, after "in"/"near"…, that the gazetteer knows by name."""
    out = []
    toks = doc.tokens
    i = 0
    while i < len(toks):
        t = toks[i]
        first = _opens_place(doc, i)
        if first >= 0:
            j = first
            while j < len(toks) and _bare_propn(toks[j]) and toks[j].sent == t.sent:
                j += 1
            span = set(range(first, j))
            text = _span_text(doc, first, j)[2]
            if not span & taken and any(_known(r) for r in gaz.lookup(text)):
                hint = OF_WORDS.get(toks[i - 1].text.lower()) if t.text == "of" else None
                out.append(_make(doc, first, j, source="preposition", hint=hint))
                taken |= span
            i = j
        else:
            i += 1
    return out


def recognise(doc: AnnotatedDoc, gaz: Gazetteer) -> list[Toponym]:
    """Toponyms in text order, without overlaps."""
    found: list[Toponym] = []
    for ent in doc.entities:
        if ent.label in PLACE_LABELS and _is_demonym(gaz, ent.text):
            dem = _demonym(doc, gaz, ent.token_start, ent.token_end)
            found += [dem] if dem is not None else []
        elif ent.label in PLACE_LABELS:
            found.append(_from_entity(doc, gaz, ent.token_start, ent.token_end, ent.label))
        elif ent.label == "NORP":
            dem = _demonym(doc, gaz, ent.token_start, ent.token_end)
            if dem is not None:
                found.append(dem)
        elif ent.label in MISTAGGED and _well_known(gaz, ent.text) and _not_a_person(doc, ent):
            found.append(_from_entity(doc, gaz, ent.token_start, ent.token_end, ent.label))
    taken = {i for t in found for i in range(t.token_start, t.token_end)}
    found += _after_preposition(doc, gaz, taken)
    return _join_pairs(doc, gaz, _without_overlaps(found))


def _join_pairs(doc: AnnotatedDoc, gaz: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """"Trinidad and Tobago" tagged as two names: one place when the gazetteer says so."""
    out: list[Toponym] = []
    for top in found:
        prev = out[-1] if out else None
        if prev is not None and doc.document.text[prev.end : top.start] in {" and ", " & "}:
            joined = doc.document.text[prev.start : top.end]
            if joined in gaz:
                out[-1] = _make(doc, prev.token_start, top.token_end, label=prev.label)
                continue
        out.append(top)
    return out


def _without_overlaps(found: list[Toponym]) -> list[Toponym]:
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Toponym] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        if name_key(t.query):
            out.append(t)
    return out

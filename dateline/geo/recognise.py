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
# what follows the place name of a story's dateline: "BEIRUT (AP)", "TORONTO —", "PARIS, Mo."
DATELINE_MARKS = frozenset({"(", "—", "–", "-", "--", ","})
# capitalised words that name some division somewhere but mostly mean something else
GENERIC_NAMES = frozenset({
    "central", "centre", "center", "capital", "coast", "lakes", "islands", "union", "states",
    "city", "upper", "lower", "western area", "north east", "south east", "midlands",
    "far north", "far east", "far west", "far south", "valley",
})
SPEECH_LEMMAS = frozenset({"say", "tell", "tweet", "write", "add", "ask", "post", "explain"})
# NER labels (or none) under which the small model leaves real place names ("Aleppo": NORP)
UNTAGGED_LABELS = frozenset({"", "NORP", "LANGUAGE"})
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
    # "City of Montreal", "County of Brant" tagged as one name
    if te - ts > 2 and toks[ts + 1].text == "of" and (first in OF_WORDS or first == "county"):
        inner = _span_text(doc, ts + 2, te)[2]
        if inner in gaz and _span_text(doc, ts, te)[2] not in gaz:
            return _make(doc, ts, te, query=inner, hint=OF_WORDS.get(first, "admin2"),
                         label=label)
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
    """A name the NER called an organisation or person (or left untagged) but that is a
    country or curated region by any of its names ("the UAE", "Holy See"), or by its
    display name a first-level division or a big city. Two- and three-letter names
    count only as capitals naming a country or region ("EU", "UK"), never a town ("Eu")."""
    text = text[4:] if text[:4] in {"the ", "The "} else text
    if text[:1].islower():
        return False
    if len(text) < 4:
        return text.isupper() and any(
            r.feature in {"country", "region"} for r in gaz.lookup(text)
        )
    return any(
        r.feature in {"country", "region"}
        or (r.primary and (r.feature != "city" or r.population >= 200_000))
        for r in gaz.lookup(text)
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
    found += _datelines(doc, gaz, taken)
    found += _untagged(doc, gaz, taken)
    found = [r for t in found for r in _repair(doc, gaz, t)]
    return _join_pairs(doc, gaz, _without_overlaps(found))


def _plain(top: Toponym) -> bool:
    return top.query == top.text and top.hint is None and top.country is None


def _repair(doc: AnnotatedDoc, gaz: Gazetteer, top: Toponym) -> list[Toponym]:
    """Spans the tokenizer or the NER cut wrong: "Boa" + "Vista" is Boa Vista; inside
    "Thruxton, Hampshire" or "Politics Ukraine", the names the gazetteer knows."""
    if not _plain(top) or top.source == "demonym":
        return [top]
    longer = _extend(doc, gaz, top)
    if longer is not None:
        return [longer]
    if top.query in gaz or top.label not in {"GPE", "LOC"}:
        return [top]
    commas = [i for i in range(top.token_start, top.token_end) if doc.tokens[i].text == ","]
    if commas:  # "Thruxton, Hampshire" as one name: each part the gazetteer has
        bounds = zip([top.token_start, *(c + 1 for c in commas)], [*commas, top.token_end],
                     strict=True)
        parts = [_make(doc, a, b, source="part", label=top.label) for a, b in bounds if a < b]
        if all(p.query in gaz for p in parts):
            return parts
    return _known_parts(doc, gaz, top.token_start, top.token_end, top.label) or [top]


def _big_area(gaz: Gazetteer, text: str) -> bool:
    return any(r.feature in {"country", "region", "admin1"} for r in gaz.lookup(text))


def _extend(doc: AnnotatedDoc, gaz: Gazetteer, top: Toponym) -> Toponym | None:
    """The longest run of up to three more proper nouns after the name that, with it,
    names a place we know by its own name."""
    toks, best = doc.tokens, None
    for j in range(top.token_end + 1, min(top.token_end + 4, len(toks) + 1)):
        last = toks[j - 1]
        if last.pos != "PROPN" or last.sent != toks[top.token_start].sent:
            break
        text = _span_text(doc, top.token_start, j)[2]
        if any(r.primary and _known(r) for r in gaz.lookup(text)):
            best = _make(doc, top.token_start, j, source=top.source, label=top.label)
    return best


def _known_parts(doc: AnnotatedDoc, gaz: Gazetteer, ts: int, te: int, label: str
                 ) -> list[Toponym]:
    """Well-known names inside a span the gazetteer lacks, longest first, left to right."""
    out, i = [], ts
    while i < te:
        for j in range(te, i, -1):
            text = _span_text(doc, i, j)[2]
            if doc.tokens[i].pos == "PROPN" and _untagged_place(gaz, text) and (
                j < te or i == ts or _big_area(gaz, text)  # "Brooke Henderson": a surname
            ):
                out.append(_make(doc, i, j, source="part", label=label))
                i = j
                break
        else:
            i += 1
    return out


def _is_caps(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper()


def _opens_line(doc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` starts the text, a paragraph or a sentence."""
    toks = doc.tokens
    if i == 0 or toks[i - 1].sent != toks[i].sent:
        return True
    return "\n" in doc.document.text[toks[i - 1].end : toks[i].start]


def _untagged_place(gaz: Gazetteer, text: str) -> bool:
    """A country or region by any name, a first-level division by its own name or a city
    of 200,000+; never a demonym ("Saudi"), a district ("Honda", "Time" in Norway), a word
    that is a name by accident ("Central") or a capitalised acronym ("MOCA")."""
    if gaz.demonym(text) is not None or text.lower() in COMPASS | GENERIC_NAMES:
        return False
    if len(text) >= 4 and text.isupper():
        return False
    return _well_known(gaz, text) and any(
        r.feature in {"country", "region"}
        or (r.primary and (r.feature == "admin1" or r.population >= 200_000))
        for r in gaz.lookup(text) if r.feature != "admin2"
    )


def _speaks(doc: AnnotatedDoc, i: int) -> bool:
    """Token ``i`` is the subject of a verb only people do ("Brent told", "Miranda tweeted")."""
    tok = doc.tokens[i]
    return tok.dep.startswith("nsubj") and doc.tokens[tok.head].lemma in SPEECH_LEMMAS


def _datelines(doc: AnnotatedDoc, gaz: Gazetteer, taken: set[int]) -> list[Toponym]:
    """A story's dateline: capitals opening a line, then "(AP)", a dash or a comma
    ("BEIRUT (AP) —", "TORONTO —", "COLUMBUS, Ohio"), naming a place we know."""
    out = []
    toks = doc.tokens
    for i, t in enumerate(toks):
        if i in taken or not _is_caps(t) or not _opens_line(doc, i):
            continue
        j = i
        while j < len(toks) and _is_caps(toks[j]) and toks[j].sent == t.sent and j not in taken:
            j += 1
        if j >= len(toks) or toks[j].text not in DATELINE_MARKS:
            continue
        name = _span_text(doc, i, j)[2]
        if len(name) >= 4 and any(_known(r) for r in gaz.lookup(name)):  # not "TIP ("
            out.append(_make(doc, i, j, source="dateline"))
            taken |= set(range(i, j))
    return out


def _untagged(doc: AnnotatedDoc, gaz: Gazetteer, taken: set[int]) -> list[Toponym]:
    """Proper-noun runs the NER left untagged or called a nationality or language
    ("half of Aleppo" untagged, "Aleppo" as NORP) that name a well-known place."""
    out = []
    toks = doc.tokens
    i = 0
    while i < len(toks):
        t = toks[i]
        if i in taken or t.pos != "PROPN" or t.ent_type not in UNTAGGED_LABELS:
            i += 1
            continue
        j = i
        while (j < len(toks) and j not in taken and toks[j].pos == "PROPN"
               and toks[j].ent_type == t.ent_type and toks[j].sent == t.sent):
            j += 1
        text = _span_text(doc, i, j)[2]
        if _untagged_place(gaz, text) and not _speaks(doc, j - 1):
            out.append(_make(doc, i, j, source="untagged", label=t.ent_type or "GPE"))
            taken |= set(range(i, j))
        i = j
    return out


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

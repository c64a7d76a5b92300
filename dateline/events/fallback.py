"""Entity-based actor mentions, for running the event stage without the actors stage
(evaluation scripts, quick experiments). The actors stage is the real source of mentions:
this one only turns NER spans into unresolved ``Mention``s, with an ISO country for
country names and a handful of demonyms."""

from __future__ import annotations

from dataclasses import replace

from dateline.model import AnnotatedDoc, Mention

_KINDS = {"GPE": "country", "NORP": "country", "PERSON": "person", "ORG": "organization"}
_DEMONYMS = {
    "american": "USA", "afghan": "AFG", "pakistani": "PAK", "russian": "RUS",
    "chinese": "CHN", "british": "GBR", "french": "FRA", "german": "DEU", "iranian": "IRN",
    "iraqi": "IRQ", "israeli": "ISR", "palestinian": "PSE", "syrian": "SYR",
    "turkish": "TUR", "ukrainian": "UKR", "indian": "IND", "japanese": "JPN",
}  # fmt: skip


# a stand-in for the actor dictionary: names that mark an armed group
_ARMED = (
    "isis",
    "islamic state",
    "taliban",
    "qaeda",
    "hezbollah",
    "hamas",
    "shabaab",
    "boko haram",
    "militia",
    "brigade",
    "front",
    "army",
)


def _type(text: str, label: str) -> str:
    if label == "ORG" and any(w in text.lower() for w in _ARMED):
        return "armed_group"
    return _KINDS[label]


def _country(text: str, label: str) -> str | None:
    low = text.lower().removeprefix("the ")
    if label == "NORP":
        return _DEMONYMS.get(low)
    if label != "GPE":
        return None
    try:
        import pycountry

        return str(pycountry.countries.lookup(low).alpha_3)
    except LookupError:
        return None


def with_entity_mentions(doc: AnnotatedDoc) -> AnnotatedDoc:
    mentions = []
    for e in doc.entities:
        if e.label not in _KINDS:
            continue
        country = _country(e.text, e.label)
        name = e.text.removeprefix("the ").removeprefix("The ").removesuffix("'s")
        mentions.append(
            Mention(
                start=e.start,
                end=e.end,
                text=e.text,
                token_start=e.token_start,
                token_end=e.token_end,
                head=e.token_end - 1,
                actor_id=name.lower().replace(" ", "_"),
                name=name,
                type=_type(e.text, e.label),
                country=country,
                kind="demonym" if e.label == "NORP" else "name",
            )
        )
    return replace(doc, mentions=tuple(mentions), done=doc.done | {"mentions"})

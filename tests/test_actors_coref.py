"""Light coreference: nominal and pronoun anaphors take the nearest compatible antecedent."""

from __future__ import annotations

import pytest

from dateline.model import AnnotatedDoc, Mention

STAGES = ("nlp", "actors")


def anaphor(doc: AnnotatedDoc, text: str, nth: int = 0) -> Mention:
    found = [m for m in doc.mentions if m.text == text]
    assert len(found) > nth, [m.text for m in doc.mentions]
    return found[nth]


@pytest.mark.parametrize(
    ("text", "words", "actor_id"),
    [
        (
            "The Taliban pressed on against ISIS-K. Raids prevented the group from holding land.",
            "the group",
            "iskp",
        ),
        (
            "Al-Shabaab attacked a base in Somalia. The militants withdrew at dawn.",
            "The militants",
            "al_shabaab",
        ),
        (
            "Boko Haram raided a school. Hundreds of its fighters were seen nearby.",
            "its fighters",
            "boko_haram",
        ),
        (
            "Nigeria held elections. Observers said the country had voted calmly.",
            "the country",
            "NGA",
        ),
    ],
)
def test_nominal_anaphors(annotate, text: str, words: str, actor_id: str) -> None:
    doc = annotate(text, stages=STAGES)
    m = anaphor(doc, words)
    assert m.actor_id == actor_id
    assert m.antecedent is not None
    assert doc.mentions[m.antecedent].start < m.start


def test_copies_the_antecedents_actor(annotate) -> None:
    doc = annotate("ISIS-K grew in 2015. Later the group spread into Pakistan.", stages=STAGES)
    m = anaphor(doc, "the group")
    assert (m.name, m.type, m.country) == ("Islamic State Khorasan Province", "armed_group", "AFG")


def test_the_group_skips_incompatible_antecedents(annotate) -> None:
    """A country is nearer, but "the group" needs an organisation."""
    text = "Hamas fired rockets at Israel. Later the group agreed to a truce."
    doc = annotate(text, stages=STAGES)
    assert anaphor(doc, "the group").actor_id == "hamas"


def test_pronouns_agree_in_type(annotate) -> None:
    doc = annotate(
        "President Emmanuel Macron met Hezbollah officials. He said they must disarm.",
        stages=STAGES,
    )
    assert anaphor(doc, "He").actor_id == "p_emmanuel_macron"
    assert anaphor(doc, "they").actor_id == "hezbollah"


def test_no_antecedent_leaves_it_unresolved(annotate) -> None:
    doc = annotate("The group met on Sunday.", stages=STAGES)
    m = anaphor(doc, "The group")
    assert (m.actor_id, m.antecedent) == (None, None)


def test_never_across_documents(annotate) -> None:
    annotate("ISIS-K claimed the attack.", stages=STAGES)
    doc = annotate("Later the group denied it.", stages=STAGES)
    assert anaphor(doc, "the group").actor_id is None


@pytest.mark.parametrize(
    ("text", "words", "actor_id"),
    [
        ("From its early days, ISIS-K fought the Taliban.", "its", "iskp"),
        ("Hamas met Qatari mediators. It said the talks would go on.", "It", "hamas"),
    ],
)
def test_possessive_and_subject_pronouns(annotate, text: str, words: str, actor_id: str) -> None:
    assert anaphor(annotate(text, stages=STAGES), words).actor_id == actor_id


@pytest.mark.parametrize("text", ["It is likely that the talks will fail.", "It rained in Kabul."])
def test_expletive_it_is_not_a_mention(annotate, text: str) -> None:
    doc = annotate(text, stages=STAGES)
    assert all(m.text != "It" for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("The Peruvian government raised fuel taxes. Later the country cut them again.",
         "the country", "PER"),
        ("Chilean protesters blocked the highway for a week. The nation then imported more copper.",
         "The nation", "CHL"),
        ("Ghanaian police detained six traders. The country later freed all of them.",
         "The country", "GHA"),
    ],
)
def test_the_country_is_the_state_whatever_its_antecedent(
    annotate, text: str, words: str, country: str
) -> None:
    """"The country" after a government, people or police of that country is the country
    itself: its code, the type country, and no sector of the antecedent's."""
    doc = annotate(text, stages=STAGES)
    m = anaphor(doc, words)
    assert (m.actor_id, m.type, m.country, m.sector) == (country, "country", country, None)

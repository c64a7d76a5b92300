"""Actor resolution: names, aliases, demonyms, metonyms, sector phrases, unknown actors."""

from __future__ import annotations

import pytest

from dateline.actors import mention_at
from dateline.model import AnnotatedDoc, Mention

STAGES = ("nlp", "actors")


def find(doc: AnnotatedDoc, words: str) -> Mention:
    """The mention whose text contains ``words`` (the first one)."""
    for m in doc.mentions:
        if m.kind != "compound" and words in m.text:
            return m
    raise AssertionError(f"no mention with {words!r} in {[m.text for m in doc.mentions]}")


@pytest.mark.parametrize(
    ("text", "words", "actor_id"),
    [
        ("Fighters of the Pakistani Taliban attacked a checkpoint in Khyber.", "Pakistani", "ttp"),
        ("The Tehrik-i-Taliban Pakistan claimed the attack on Tuesday.", "Tehrik", "ttp"),
        ("Officials said the TTP had regrouped near the border.", "TTP", "ttp"),
        ("The Taliban closed girls' schools again in March.", "Taliban", "taliban"),
        ("ISIS-K claimed the bombing at the airport.", "ISIS-K", "iskp"),
        ("ISKP fighters crossed the river overnight.", "ISKP", "iskp"),
        ("The IS-K cell was dismantled, the police said.", "IS-K", "iskp"),
        ("Islamic State Khorasan Province said it carried out the raid.", "Khorasan", "iskp"),
        ("The Islamic State group lost its last town in 2019.", "Islamic State", "isis"),
        ("Al-Shabab militants stormed a hotel in Mogadishu.", "Shabab", "al_shabaab"),
        ("The Houthis fired a missile at a tanker.", "Houthis", "houthis"),
        ("Boko Haram abducted dozens of pupils.", "Boko Haram", "boko_haram"),
        ("Hezbollah fired rockets across the border.", "Hezbollah", "hezbollah"),
        ("The Kurdistan Workers' Party announced a ceasefire.", "Kurdistan", "pkk"),
        ("The World Health Organization warned of a cholera outbreak.", "World Health", "who"),
        ("Nato ministers met in Brussels on Thursday.", "Nato", "nato"),
        ("The Wagner Group withdrew its fighters from Bamako.", "Wagner", "wagner"),
    ],
)
def test_names_and_aliases(annotate, text: str, words: str, actor_id: str) -> None:
    doc = annotate(text, stages=STAGES)
    assert find(doc, words).actor_id == actor_id


def test_pakistani_taliban_is_not_the_taliban(annotate) -> None:
    doc = annotate(
        "The Pakistani Taliban are an ally of the Taliban in Afghanistan.", stages=STAGES
    )
    ids = [m.actor_id for m in doc.mentions if m.kind == "name"]
    assert ids[:2] == ["ttp", "taliban"]
    assert find(doc, "Pakistani Taliban").country == "PAK"


@pytest.mark.parametrize("text", ["Tell us what happened.", "Nobody knew who fired first."])
def test_lowercase_words_are_not_acronyms(annotate, text: str) -> None:
    doc = annotate(text, stages=STAGES)
    assert all(m.actor_id not in {"USA", "who"} for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "words", "country", "kind"),
    [
        ("Kabul said the border crossing would reopen.", "Kabul", "AFG", "government"),
        ("Washington imposed new sanctions on Friday.", "Washington", "USA", "government"),
        ("The Kremlin denied the report.", "Kremlin", "RUS", "government"),
        ("American airstrikes hit the compound.", "American", "USA", "country"),
        ("The U.S. and Britain condemned the coup.", "U.S.", "USA", "country"),
    ],
)
def test_metonyms_and_demonyms(annotate, text: str, words: str, country: str, kind: str) -> None:
    m = find(annotate(text, stages=STAGES), words)
    assert (m.country, m.type) == (country, kind)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Afghan commandos raided the village.", "commandos", ("AFG", "AFG", "military", None)),
        (
            "Taliban security forces detained two men.",
            "security forces",
            ("taliban", "AFG", "armed_group", "security"),
        ),
        ("U.N. monitors visited the prison.", "monitors", ("un", None, "igo", "monitors")),
        ("ISIS-K's leaders fled to the hills.", "leaders", ("iskp", "AFG", "armed_group", None)),
        ("Kenyan police arrested the suspects.", "police", ("KEN", "KEN", "police", "police")),
        ("The president of Armenia resigned.", "president", ("ARM", "ARM", "government", None)),
        ("US officials confirmed the strike.", "officials", ("USA", "USA", "government", None)),
    ],
)
def test_sector_phrases(annotate, text: str, words: str, expected: tuple) -> None:
    m = find(annotate(text, stages=STAGES), words)
    actor_id, country, kind, sector = expected
    assert (m.actor_id, m.country, m.type) == (actor_id, country, kind)
    if sector is not None:
        assert m.sector == sector


@pytest.mark.parametrize(
    ("text", "words", "kind", "sector"),
    [
        ("Human rights groups condemned the executions.", "rights groups", "ngo", "human_rights"),
        ("Protesters blocked the main road.", "Protesters", "civilians", "protesters"),
        ("Rebels seized the airport.", "Rebels", "armed_group", "rebels"),
    ],
)
def test_generic_sectors(annotate, text: str, words: str, kind: str, sector: str) -> None:
    m = find(annotate(text, stages=STAGES), words)
    assert (m.actor_id, m.type, m.sector) == (None, kind, sector)


def test_unknown_actor_is_kept(annotate) -> None:
    doc = annotate("The Zorvian Liberation Brigades attacked a convoy.", stages=STAGES)
    m = find(doc, "Zorvian")
    assert m.actor_id == "unk:zorvian-liberation-brigades"
    assert m.type == "armed_group"


def test_fuzzy_match_of_a_misspelt_name(annotate) -> None:
    doc = annotate("The Intenational Atomic Energy Agency sent inspectors.", stages=STAGES)
    assert find(doc, "Atomic").actor_id == "iaea"


def test_mention_at_finds_the_head(annotate) -> None:
    doc = annotate("Taliban security forces killed eight fighters.", stages=STAGES)
    head = next(t.i for t in doc.tokens if t.text == "forces")
    index = mention_at(doc, head)
    assert index is not None
    assert doc.mentions[index].actor_id == "taliban"
    assert mention_at(doc, next(t.i for t in doc.tokens if t.text == "killed")) is None


def test_sentence_final_stop_is_not_part_of_the_name(annotate) -> None:
    doc = annotate("The campaign was meant to squash ISIS-K. It failed.", stages=STAGES)
    assert find(doc, "ISIS").text == "ISIS-K"


def test_plural_people_are_not_a_person(annotate) -> None:
    doc = annotate("Many villages are home to Salafi Muslims.", stages=STAGES)
    assert all(m.type != "person" for m in doc.mentions)


@pytest.mark.parametrize("text", ["An anti-Syria journalist was shot.", "Pro-Iran militias fired."])
def test_stance_prefixes_do_not_name_the_actor(annotate, text: str) -> None:
    doc = annotate(text, stages=STAGES)
    assert all(m.country not in {"SYR", "IRN"} for m in doc.mentions)

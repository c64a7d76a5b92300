"""Normalisation: NFC, mojibake, odd spaces, line breaks, and offsets true to the input."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dateline.ingest.normalise import document_id, make_document, normalise

DAY = dt.date(2024, 3, 24)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The envoy arrived.", "The envoy arrived."),
        ("the envoyâ€™s visit", "the envoy’s visit"),
        ("â€œWe will not yield,â€\x9d he said", "“We will not yield,” he said"),
        ("â€œWe will not yield,â€ he said", "“We will not yield,” he said"),
        ("talks in GenÃ¨ve and MÃ©rida", "talks in Genève and Mérida"),
        ("costs Â£5 â€” or â‚¬6", "costs £5 — or €6"),
        ("Ã\xa0 la carte", "à la carte"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("a\tb\u00a0c\u2009d\u3000e", "a b c d e"),
        ("zero\u200bwidth\u00adhy\ufeffphen", "zerowidthhyphen"),
        ("cafe\u0301 and A\u212b", "café and AÅ"),
        ("bell\x07 and \x03end", "bell and end"),
        ("para\u2028graph", "para\ngraph"),
        ("ð€\xa0\x80x", "ð€ x"),
    ],
)
def test_normalise_repairs(raw: str, expected: str) -> None:
    assert normalise(raw)[0] == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Die Straße” führt",  # ß then a closing quote: German, not mojibake
        "Ärger «über» das",  # Ä then « is plain German/French punctuation
        "née Dupont, à Paris",
        "Ελλάδα και Κύπρος",
        "ZWNJ stays: می\u200cخواهم",
    ],
)
def test_normalise_leaves_real_text_alone(raw: str) -> None:
    assert normalise(raw) == (raw, ())


def test_clean_text_is_identity_with_empty_map() -> None:
    raw = "Taliban forces raided a hideout in Kabul on Tuesday.\n\nOfficials said so."
    text, offsets = normalise(raw)
    assert text is raw
    assert offsets == ()


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("Ministers in MÃ©rida met the envoyâ€™s aides.", "envoy’s"),
        ("Ministers\r\nin Mérida met the\u200b envoy’s aides.", "envoy’s"),
        ("Ministers in Me\u0301rida met the envoy's aides.", "aides"),
    ],
)
def test_to_raw_points_at_the_word_as_read(raw: str, word: str) -> None:
    doc = make_document(raw, DAY)
    start = doc.text.index(word)
    end = start + len(word)
    assert normalise(raw[doc.to_raw(start) : doc.to_raw(end)])[0] == word
    assert doc.to_raw(len(doc.text)) == len(raw)


def test_id_is_hash_of_normalised_text() -> None:
    clean = make_document("the envoy’s visit", DAY)
    broken = make_document("the envoyâ€™s visit", DAY)
    assert clean.id == broken.id == document_id("the envoy’s visit")
    assert make_document("another text", DAY).id != clean.id


# Characters that exercise every rule, mixed with arbitrary text.
_TRICKY = st.sampled_from(
    [
        *"aé e\u0301ÃÂâ€™©\xa0\r\n\t\u200b\x03ß”\u0344\u212b한\u1161\u11a8 ",
        *("â€™", "Ã©", "\r\n", "e\u0301", "\u1100\u1161"),
    ]
)
_TEXT = st.lists(st.one_of(_TRICKY, st.text(max_size=3)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_to_raw_is_monotonic_and_ends_at_the_end(raw: str) -> None:
    doc = make_document(raw, DAY)
    mapped = [doc.to_raw(i) for i in range(len(doc.text) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= m <= len(raw) for m in mapped)
    assert mapped[-1] == len(raw)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("ð€\xa0\x80")  # mojibake-shaped but not UTF-8: its NBSP and C1 still normalised
def test_every_token_maps_back_to_its_characters(raw: str) -> None:
    doc = make_document(raw, DAY)
    for match in re.finditer(r"\S+", doc.text):
        start, end = doc.to_raw(match.start()), doc.to_raw(match.end())
        piece = raw[start:end]
        if len(doc.text) == len(raw) and not doc.offset_map:
            assert len(piece) == len(match.group())
        assert normalise(piece)[0] == match.group()


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=30)))
@example("G\x13\u0301")  # a control between a letter and its accent
@example("e\u200b\u0301")
def test_result_is_nfc(raw: str) -> None:
    assert unicodedata.is_normalized("NFC", normalise(raw)[0])

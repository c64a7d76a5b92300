"""Event dating: each hand-built event gets the time governing its trigger, with a basis."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from dateline.model import AnnotatedDoc, Event, Evidence
from dateline.stages.time import EventDatingStage, time_annotations

D = "2024-03-24"


def dated(annotate, text: str, trigger: str, date: str = D) -> Event:
    doc = annotate(text, date, stages=("nlp", "time"))
    tok = next(t for t in doc.tokens if t.text == trigger)
    sent = doc.sentences[tok.sent]
    event = Event(id="e", event="ASSAULT", evidence=Evidence(
        sent.text, sent.start, sent.end, trigger, tok.start, tok.end, tok.sent, tok.i))
    doc = replace(doc, events=(event,), done=doc.done | {"events"})
    out: AnnotatedDoc = EventDatingStage()(doc)
    assert "event_dates" in out.done
    return out.events[0]


@pytest.mark.parametrize(
    ("text", "trigger", "value", "granularity", "basis"),
    [
        ("Security forces killed at least eight leaders last year, officials said.",
         "killed", "2023", "year", "relative"),
        ("The group was established in 2015 by former fighters.",
         "established", "2015", "year", "explicit"),
        ("Monitors also cautioned this year that the operations failed.",
         "cautioned", "2024", "year", "relative"),
        ("The army has occupied the town since 2021.", "occupied", "2021/..", "interval",
         "explicit"),
        ("Rebels attacked the convoy on Friday.", "attacked", "2024-03-22", "day", "relative"),
        # nothing in the text: the publication date, as an upper bound
        ("Rebels attacked the convoy near the border.", "attacked", D, "day", "publication"),
        # a linked event with its own date in the document
        ("The war ended in 2021. Since the end of the war, militias have expanded.",
         "expanded", "2021/..", "interval", "inferred"),
        # a coordinated verb shares the time of the verb it hangs on
        ("In 2019 the troops crossed the river and attacked the camp.",
         "attacked", "2019", "year", "explicit"),
    ],
)
def test_event_gets_governing_time(annotate, text: str, trigger: str, value: str,
                                   granularity: str, basis: str) -> None:
    date = dated(annotate, text, trigger).date
    assert date is not None
    assert (date.value, date.granularity, date.basis) == (value, granularity, basis)


def test_before_clause_bounds_the_event(annotate) -> None:
    date = dated(annotate, "Before the war ended in 2021, raids had contained the group.",
                 "contained").date
    assert date is not None and date.mod == "BEFORE" and str(date.date_end) == "2021-12-31"


def test_publication_date_is_an_upper_bound(annotate) -> None:
    date = dated(annotate, "Militants seized the town.", "seized").date
    assert date is not None
    assert date.date_start is None and str(date.date_end) == D and date.text == ""


def test_time_annotations_follow_cli_contract(annotate) -> None:
    doc = annotate("Talks resumed on March 7 after a decade.", D, stages=("nlp", "time"))
    records = time_annotations(doc)
    assert [(r["text"], r["type"], r["value"]) for r in records] == [
        ("March 7", "DATE", "2024-03-07"), ("a decade", "DURATION", "P10Y")]
    first = records[0]
    assert {"start", "end", "text", "type", "value", "granularity", "date_start",
            "date_end"} <= set(first)
    assert doc.document.raw[first["start"]:first["end"]] == "March 7"
    assert (first["date_start"], first["date_end"]) == ("2024-03-07", "2024-03-07")


@pytest.mark.parametrize(
    ("trigger", "value", "basis"),
    [("killed", "2023", "relative"), ("established", "2015", "explicit"),
     ("cautioned", "2024", "relative")],
)
def test_seed_article_events(annotate, seed_path, trigger: str, value: str, basis: str) -> None:
    m = re.match(r"\s*date\s+(\d{4}-\d\d-\d\d)\s+", seed_path.read_text(encoding="utf-8"))
    assert m is not None
    body = seed_path.read_text(encoding="utf-8")[m.end():]
    date = dated(annotate, body, trigger, m.group(1)).date
    assert date is not None and (date.value, date.basis) == (value, basis)


def test_lookback_duration_becomes_an_interval(annotate) -> None:
    date = dated(annotate, "Militias attacked dozens of villages over the past two months.",
                 "attacked").date
    assert date is not None
    assert (date.value, date.granularity, str(date.date_start), str(date.date_end)) == (
        "2024-01-24/2024-03-24", "interval", "2024-01-24", "2024-03-24")


def test_year_range_dates_the_event_as_an_interval(annotate) -> None:
    date = dated(annotate, "The rebels held the city from 2009 to 2011.", "held").date
    assert date is not None
    assert (date.value, date.granularity, str(date.date_start), str(date.date_end)) == (
        "2009/2011", "interval", "2009-01-01", "2011-12-31")


@pytest.mark.parametrize(
    ("text", "trigger", "mod", "start", "end"),
    [
        ("Officials said on Friday that soldiers killed eight civilians.", "killed",
         "ON_OR_BEFORE", "None", "2024-03-22"),
        ("Officials said on Friday that soldiers will withdraw from the town.", "withdraw",
         "ON_OR_AFTER", "2024-03-22", "None"),
    ],
)
def test_date_of_a_report_bounds_the_reported_event(annotate, text: str, trigger: str,
                                                    mod: str, start: str, end: str) -> None:
    date = dated(annotate, text, trigger).date
    assert date is not None
    assert (date.mod, str(date.date_start), str(date.date_end)) == (mod, start, end)


@pytest.mark.parametrize(
    ("text", "trigger", "value", "basis"),
    [
        # "from" + gerund is not a time: nothing to infer, so the publication bound
        ("The patrols stopped the militia from taking the bridge.", "stopped", D,
         "publication"),
        # "from its early days" reaches back to the founding the document dates
        ("The party was founded in 1998. From its early days, the party has opposed the "
         "army.", "opposed", "1998/..", "inferred"),
    ],
)
def test_linked_phrases(annotate, text: str, trigger: str, value: str, basis: str) -> None:
    date = dated(annotate, text, trigger).date
    assert date is not None and (date.value, date.basis) == (value, basis)


def test_anchor_event_does_not_take_its_own_relation(annotate) -> None:
    text = "The war ended in 2021. After the withdrawal of the troops, attacks spread."
    later, anchor = dated(annotate, text, "spread").date, dated(annotate, text, "withdrawal").date
    assert later is not None and later.mod == "AFTER" and later.basis == "inferred"
    assert anchor is not None and anchor.mod is None

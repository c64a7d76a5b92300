"""Property tests: normalisation never crashes, spans are sane, bounds are ordered."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import TimeRef
from dateline.timex import find_times
from dateline.timex.calendar import containing, shifted
from dateline.timex.dating import with_relation
from dateline.timex.recognise import in_capitals

WORDS = st.sampled_from([
    "last", "next", "this", "year", "years", "month", "week", "ago", "Friday", "March",
    "May", "the", "of", "1990s", "2015", "0000", "9999", "45th", "first", "quarter",
    "mid-", "early", "every", "Tuesday", "a", "decade", "since", "two", "p.m.", "10",
    "12/31/99", "2024-02-30", "summer", "tomorrow", "century", ",", "-", "'90s",
])
TEXTS = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=12).map(" ".join))
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
DIRECTIONS = st.sampled_from([-1, 0, 1])


@settings(max_examples=300, deadline=None)
@given(TEXTS, DATES, DIRECTIONS)
def test_find_times_never_crashes_and_keeps_order(text: str, dct: dt.date, d: int) -> None:
    for t in find_times(text, dct, lambda s, e: d):
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.date_start is not None and t.date_end is not None:
            assert t.date_start <= t.date_end
        if t.value is None:
            assert t.date_start is None and t.date_end is None


@settings(max_examples=200, deadline=None)
@given(DATES, st.sampled_from(["day", "week", "month", "quarter", "year", "decade"]),
       st.integers(-3000, 3000))
def test_calendar_shift_is_total(anchor: dt.date, gran: str, n: int) -> None:
    p = shifted(anchor, gran, n)
    if p is not None and p.start and p.end:
        assert p.start <= p.end
    here = containing(anchor, gran)
    if here is not None and here.start and here.end:
        assert here.start <= anchor <= here.end


@settings(max_examples=200, deadline=None)
@given(DATES, DATES, st.sampled_from(["since", "after", "before", "until", None]),
       st.booleans())
def test_event_relations_keep_bounds_ordered(a: dt.date, b: dt.date, relation: str | None,
                                             strict: bool) -> None:
    start, end = min(a, b), max(a, b)
    t = TimeRef("x", "DATE", "x", "day", start, end, start=0, end=1)
    out = with_relation(t, relation, b, None, strict)
    if out.date_start is not None and out.date_end is not None:
        assert out.date_start <= out.date_end


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.text(alphabet="ABCabc 12.É", max_size=60)))
def test_in_capitals_counts_every_letter(text: str) -> None:
    # the fast count of ASCII text agrees with counting letter by letter
    slow = sum(c.isupper() for c in text) > 0.6 * max(sum(c.isalpha() for c in text), 1)
    assert in_capitals(text) == slow

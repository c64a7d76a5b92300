"""The modality and attribution probe (session 6, tests/_events_probe_modality.py), scored
as benchmarks/probe_modality.py scores it: the event at the trigger has the expected
modality (a refusal coded REJECT counts as negated; "/historical" wants that auxiliary)
and its source contains the expected word, or it has none. What still fails is a strict
xfail with its reason, so a fix shows up as XPASS."""

from __future__ import annotations

import pytest
from _events_probe_modality import MODALITY_PROBE
from _events_probe_modality_fresh import MODALITY_FRESH
from _events_support import at_trigger, events_doc
from conftest import Annotate

from dateline.model import Event

MODALITY_GAPS: dict[tuple[str, str], str] = {
    ("The navy will sink any ship that tries to attack the convoy, provided it is in "
     "international waters.", "attack"):
        "the 'provided' clause hangs on 'sink', and a relative clause is its own scope",
    ("Anyone who joins the march will be arrested, the police warned, if the ban is defied.",
     "arrested"): "the 'if' clause is parsed onto the speech verb 'warned'",
    ("Protesters who had vowed to block the road clashed with police.", "clashed"):
        "parse error: 'clashed' read as a participle on 'road', inside the vow",
}  # fmt: skip
# the fresh set (written after the fixes): a parse that reads the verb as a noun leaves
# no event at the trigger, which fails both measures
_NO_EVENT = {
    ("At no time did the navy fire on the boats.", "fire"):
        "parse error: 'fire' read as a noun after 'the navy'",
    ("If attacked, the garrison will return fire.", "fire"): "'return fire' is no entry",
    ("Were Iran to close the strait, the navy would intervene.", "intervene"):
        "'intervene' alone is no entry",
    ("Did police fire on the crowd?", "fire"): "parse error: 'police fire' read as a noun",
}  # fmt: skip
MODALITY_GAPS.update(_NO_EVENT)
MODALITY_GAPS[("Providing the truce holds, aid will be delivered on Monday.", "delivered")] = (
    "parse error: 'Providing' read as a clausal subject, not a conditional mark"
)
SOURCE_GAPS: dict[tuple[str, str], str] = {
    **_NO_EVENT,
    ("Security forces killed five gunmen in the raid, police sources were quoted as saying.",
     "killed"): "'were quoted as saying' is not read as a report by its passive subject",
}  # fmt: skip


def _modality_ok(e: Event | None, want: str) -> bool:
    if e is None:
        return False
    base, _, aux = want.partition("/")
    if ("historical" in e.auxiliary) != (aux == "historical"):
        return False
    return e.modality == base or (
        base == "negated" and (e.event, e.modality) == ("REJECT", "asserted")
    )


def _source_ok(e: Event | None, want: str | None) -> bool:
    if e is None:
        return False
    if want is None:
        return e.attribution is None
    return e.attribution is not None and want.lower() in e.attribution.source.lower()


def _gap(text: str, trigger: str, gaps: dict[tuple[str, str], str]) -> list[pytest.MarkDecorator]:
    reason = gaps.get((text, trigger))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    ("category", "trigger", "modality", "text"),
    [
        pytest.param(cat, trig, mod, text, marks=_gap(text, trig, MODALITY_GAPS))
        for cat, trig, mod, _, text in MODALITY_PROBE + MODALITY_FRESH
    ],
)
def test_probe_modality(
    annotate: Annotate, category: str, trigger: str, modality: str, text: str
) -> None:
    e = at_trigger(events_doc(annotate, text), trigger)
    assert _modality_ok(e, modality), (category, e.modality if e else None)


@pytest.mark.parametrize(
    ("trigger", "source", "text"),
    [
        pytest.param(trig, src, text, marks=_gap(text, trig, SOURCE_GAPS))
        for _, trig, _, src, text in MODALITY_PROBE + MODALITY_FRESH
    ],
)
def test_probe_attribution(annotate: Annotate, trigger: str, source: str | None, text: str) -> None:
    e = at_trigger(events_doc(annotate, text), trigger)
    assert _source_ok(e, source), e.attribution if e else None


def test_probe_gaps_are_cases() -> None:
    cases = {(text, trig) for _, trig, _, _, text in MODALITY_PROBE + MODALITY_FRESH}
    assert cases >= MODALITY_GAPS.keys() | SOURCE_GAPS.keys()

"""The web page over the sample corpus (examples/corpus) ingested by the real pipeline.

Expectations come from the API itself, so the test holds whatever the extractors find; it
also writes docs/screenshot.png for the README.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from webserver import CHROMIUM, CHROMIUM_ARGS, running_server

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)",
                allow_module_level=True)
if not CORPUS.is_dir():
    pytest.skip(f"no sample corpus at {CORPUS}", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from dateline.runner import ingest

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    summary = ingest([str(CORPUS)], db=str(db))
    assert summary.events > 0, summary
    with running_server(db) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.set_default_timeout(20_000)
        yield page
        browser.close()
        assert not errors, errors


def api(base_url: str, path: str, **params: Any) -> Any:
    response = httpx.get(f"{base_url}{path}", params=params, timeout=30)
    response.raise_for_status()
    return response.json()


def load(page: Any, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/{query}")
    page.wait_for_selector("body[data-ready=true]")


def rows(page: Any) -> Any:
    return page.locator("#events tbody tr")


def test_page_and_timeline_over_the_corpus(page: Any, base_url: str) -> None:
    summary = api(base_url, "/api/summary")
    load(page, base_url)
    expect(page.locator("#event-count")).to_have_text(f"{summary['events']} matching")
    expect(rows(page)).to_have_count(min(20, summary["events"]))
    events = api(base_url, "/api/events", limit=1000)["events"]
    dated = [e for e in events if e["date"] and e["date"]["start"]]
    assert dated, "the corpus should yield dated events"
    expect(page.locator("#timeline .tl-event")).to_have_count(len(dated))


def test_clicking_an_actor_filters_the_table(page: Any, base_url: str) -> None:
    load(page, base_url)
    link = page.locator("#events .actor-link").first
    actor = link.get_attribute("data-actor")
    link.click()
    expected = api(base_url, "/api/events", actor=actor, limit=1)["total"]
    expect(page.locator("#event-count")).to_have_text(f"{expected} matching")
    shown = rows(page).count()
    assert shown == min(20, expected)
    mine = rows(page).filter(has=page.locator(f'.actor-link[data-actor="{actor}"]'))
    expect(mine).to_have_count(shown)


def test_clicking_a_row_shows_its_sentence(page: Any, base_url: str) -> None:
    load(page, base_url)
    cell = rows(page).nth(2).locator("td.sentence")  # not an actor link inside the row
    sentence = " ".join(cell.inner_text().split())
    cell.click()
    expect(page.locator("#doc mark")).to_have_text(sentence)  # whitespace-normalised match
    expect(page.locator("#doc mark .trigger")).to_have_count(1)
    expect(page.locator("#doc .modality")).not_to_be_empty()


def test_as_of_hides_later_reports(page: Any, base_url: str) -> None:
    summary = api(base_url, "/api/summary")
    first = dt.date.fromisoformat(summary["first_reported"])
    last = dt.date.fromisoformat(summary["last_reported"])
    middle = first + (last - first) / 2
    expected = api(base_url, "/api/events", as_of=middle.isoformat(), limit=1)["total"]
    assert 0 < expected < summary["events"]
    load(page, base_url)
    page.eval_on_selector("#asof", """(el, v) => { el.value = v;
        el.dispatchEvent(new Event('input')); el.dispatchEvent(new Event('change')); }""",
                          (middle - first).days)
    expect(page.locator("#asof-label")).to_have_text(middle.isoformat())
    expect(page.locator("#event-count")).to_have_text(f"{expected} matching")
    for reported in page.locator("#events td.reported").all_inner_texts():
        assert reported <= middle.isoformat()


def test_screenshot_for_the_readme(page: Any, base_url: str, tmp_path: Path) -> None:
    """Always shoots the page; replaces the README's copy only when asked to
    (DATELINE_UPDATE_SCREENSHOT=1), so a test run leaves the checkout clean."""
    load(page, base_url)
    rows(page).nth(1).locator("td.sentence").click()
    expect(page.locator("#doc mark")).to_have_count(1)
    page.evaluate("window.scrollTo(0, 0)")
    update = os.environ.get("DATELINE_UPDATE_SCREENSHOT") == "1"
    out = ROOT / "docs" / "screenshot.png" if update else tmp_path / "screenshot.png"
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 50_000

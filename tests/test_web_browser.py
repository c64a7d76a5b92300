"""The web page in real headless Chromium (Debian's, driven by Playwright) over a live server.

Skipped only when /usr/bin/chromium is absent (``.ci/run`` installs it). Every request the
page makes is checked to stay on the local server: the page must work offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from webdata import EVENT_COUNT, build_store
from webserver import CHROMIUM, CHROMIUM_ARGS, running_server

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    with running_server(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                      args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A fresh page that fails the test on a script error or a request off the server."""
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"script error: {exc}"))
    page.on("console", lambda m: console_error(m, problems))

    def guard(route: Any) -> None:
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            problems.append(f"request off the server: {route.request.url}")
            route.abort()

    page.route("**/*", guard)
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not problems, problems


def console_error(message: Any, problems: list[str]) -> None:
    # a 4xx answer is logged by the browser too; the tests that cause one check the page
    if message.type == "error" and "status of 4" not in message.text:
        problems.append(f"console: {message.text}")


def load(page: Any, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/{query}")
    page.wait_for_selector("body[data-ready=true]")


def rows(page: Any) -> Any:
    return page.locator("#events tbody tr")


def url_params(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_page_loads_every_panel(page: Any, base_url: str) -> None:
    load(page, base_url)
    expect(page.locator("#store-summary")).to_have_text(f"{EVENT_COUNT} events from 4 reports")
    expect(rows(page)).to_have_count(EVENT_COUNT)
    expect(page.locator("#network .node")).to_have_count(8)
    assert page.locator("#map path.country").count() > 100
    expect(page.locator("#map .map-point")).to_have_count(4)
    expect(page.locator("#map path.country[data-iso=AFG]")).to_have_attribute(
        "style", "fill: rgb(127, 0, 0);")


def test_timeline_shows_events_by_event_date(page: Any, base_url: str) -> None:
    load(page, base_url)
    dots = page.locator("#timeline .tl-event")
    expect(dots).to_have_count(EVENT_COUNT)
    # the future aid, reported in March, sits in April: placed by when it happens
    xs = {dot.get_attribute("data-id"): float(dot.get_attribute("cx")) for dot in dots.all()}
    ids = {text: rows(page).filter(has_text=text).get_attribute("data-id")
           for text in ("food aid", "marched", "agreed")}
    assert xs[ids["agreed"]] < xs[ids["food aid"]] < xs[ids["marched"]]
    colours = {dot.get_attribute("fill") for dot in dots.all()}
    assert len(colours) == 4  # one per quad class


def test_brush_zooms_the_timeline(page: Any, base_url: str) -> None:
    load(page, base_url)
    first = page.locator("#timeline .tl-event").first
    before = float(first.get_attribute("cx"))
    box = page.locator("#timeline .overview .brush .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    assert float(first.get_attribute("cx")) > before  # a narrower domain spreads events out


def test_clicking_an_actor_in_the_table_filters_it(page: Any, base_url: str) -> None:
    load(page, base_url)
    page.locator("#events .actor-link[data-actor=pak_police]").first.click()
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("Police detained")
    assert url_params(page)["actor"] == ["pak_police"]
    expect(page.locator("#filters input[name=actor]")).to_have_value("pak_police")


def test_clicking_an_actor_in_the_network_filters_the_table(page: Any, base_url: str) -> None:
    load(page, base_url)
    page.locator("#network .node[data-actor=northern_front] circle").click()
    expect(rows(page)).to_have_count(4)
    for text in rows(page).all_inner_texts():
        assert "Northern Front" in text
    expect(page.locator("#network .node.selected")).to_have_attribute("data-actor",
                                                                      "northern_front")


def test_clicking_a_country_on_the_map_filters_the_table(page: Any, base_url: str) -> None:
    load(page, base_url)
    page.locator("#map path.country[data-iso=PAK]").click()
    expect(rows(page)).to_have_count(4)
    expect(page.locator("#filters input[name=country]")).to_have_value("PAK")


def test_clicking_a_row_shows_the_sentence_highlighted(page: Any, base_url: str) -> None:
    load(page, base_url)
    rows(page).filter(has_text="Kandahar").first.click()
    mark = page.locator("#doc mark")
    expect(mark).to_have_text("Fighters of the Northern Front attacked an army base near "
                              "Kandahar on Tuesday, killing six soldiers, according to "
                              "provincial officials.")
    expect(mark.locator(".trigger")).to_have_text("attacked")
    expect(mark.locator(".attribution")).to_have_text("according to provincial officials")
    expect(page.locator("#doc .modality")).to_have_text("asserted")
    expect(page.locator("#doc .attribution-fact")).to_contain_text("provincial officials")
    # the same event mentioned again is underlined, its trigger marked, and counted
    again = page.locator("#doc .again")
    expect(again).to_have_text("The attack was the deadliest in the province this year.")
    expect(again.locator(".trigger")).to_have_text("attack")
    expect(page.locator("#doc .mentions")).to_have_text("2 in this report")
    # the other event of the same report is marked too, and opens on click
    page.locator("#doc .other-event").click()
    expect(page.locator("#doc mark .trigger")).to_have_text("accused")
    assert "event" in url_params(page)


def test_denied_event_shows_its_modality(page: Any, base_url: str) -> None:
    load(page, base_url, "?modality=denied")
    expect(rows(page)).to_have_count(1)
    rows(page).first.click()
    expect(page.locator("#doc .modality")).to_have_text("denied")
    expect(page.locator("#doc .attribution-fact")).to_have_text("not attributed")


def test_as_of_hides_later_reports(page: Any, base_url: str) -> None:
    load(page, base_url)
    # nine days after the first report (2024-03-01): 2024-03-10
    page.eval_on_selector("#asof", """(el) => { el.value = 9;
        el.dispatchEvent(new Event('input')); el.dispatchEvent(new Event('change')); }""")
    expect(page.locator("#asof-label")).to_have_text("2024-03-10")
    expect(rows(page)).to_have_count(4)
    for reported in page.locator("#events td.reported").all_inner_texts():
        assert reported <= "2024-03-10"
    expect(page.locator("#timeline .tl-event")).to_have_count(4)
    expect(page.locator("#network .node[data-actor=pak_police]")).to_have_count(0)
    assert url_params(page)["as_of"] == ["2024-03-10"]


def test_url_keeps_the_filters(page: Any, base_url: str) -> None:
    load(page, base_url, "?type=ASSAULT&as_of=2024-03-01")
    expect(page.locator("#filters select[name=type]")).to_have_value("ASSAULT")
    expect(page.locator("#asof-label")).to_have_text("2024-03-01")
    expect(rows(page)).to_have_count(1)
    page.fill("#filters input[name=text]", "kandahar")
    page.click("#filters button[type=submit]")
    expect(rows(page)).to_have_count(1)
    assert url_params(page)["text"] == ["kandahar"]
    page.go_back()
    expect(page.locator("#filters input[name=text]")).to_have_value("")


def test_a_bad_filter_shows_the_api_error(page: Any, base_url: str) -> None:
    load(page, base_url, "?since=2024-05-01&until=2024-01-01")
    expect(page.locator("#error")).to_contain_text("422")


def test_api_docs_work_offline(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/docs")
    expect(page.locator(".opblock-summary-path", has_text="/api/events").first).to_be_visible()
    assert page.locator(".opblock").count() >= 10


def test_screenshot_renders(page: Any, base_url: str, tmp_path: Path) -> None:
    load(page, base_url)
    rows(page).filter(has_text="Kandahar").first.click()
    expect(page.locator("#doc mark")).to_have_count(1)
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
    assert (tmp_path / "page.png").stat().st_size > 10_000

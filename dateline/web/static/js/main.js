// The page: reads its state from the URL, asks the API, draws every panel from the answers.
import { MAX_PAGE, get } from "./api.js";
import { legend } from "./colors.js";
import { drawDocument } from "./docview.js";
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import * as url from "./state.js";
import { actorButtons, drawTable } from "./table.js";
import { drawTimeline } from "./timeline.js";

const PAGE = 20;
const $ = (sel) => document.querySelector(sel);
const form = $("#filters");
const slider = $("#asof");
let state = url.read();
let first = null; // first report date in the store: the as-of slider's origin
let generation = 0; // answers of a superseded refresh are dropped

const dayMs = 86400000;
const isoDay = (d) => d.toISOString().slice(0, 10);
const dayOf = (iso) => new Date(`${iso}T00:00:00Z`);

function showError(err) { $("#error").textContent = err ? String(err.message || err) : ""; }

function formToState() {
  const data = new FormData(form);
  for (const key of url.FILTERS) state[key] = (data.get(key) || "").trim();
  if (state.country) state.country = state.country.toUpperCase();
}

function stateToForm() {
  for (const key of url.FILTERS) form.elements[key].value = state[key] || "";
  if (first !== null) {
    slider.value = state.as_of ? Math.round((dayOf(state.as_of) - first) / dayMs) : slider.max;
  }
  $("#asof-label").textContent = state.as_of || "all reports";
}

// Apply a change of filters (back to the first page unless paging) and redraw.
function update(changes) {
  Object.assign(state, changes);
  if (!("offset" in changes)) state.offset = 0;
  url.write(state);
  stateToForm();
  refresh();
}

const handlers = {
  onSelect: (e) => e && openEvent(e.id, { push: true }),
  onActor: (actor) => update({ actor }),
  onCountry: (country) => update({ country }),
};

async function refresh() {
  const mine = ++generation;
  const filters = url.filters(state);
  document.body.dataset.loading = "true";
  try {
    const [all, page, network, countries] = await Promise.all([
      get("/api/events", { ...filters, limit: MAX_PAGE, sort: "date" }),
      get("/api/events", { ...filters, limit: PAGE, offset: state.offset, sort: "date" }),
      get("/api/network", { as_of: state.as_of }),
      get("/api/aggregates/country", filters),
    ]);
    if (mine !== generation) return;
    showError(null);
    const shown = drawTimeline($("#timeline"), all.events, { ...handlers, selected: state.event });
    const undated = all.events.length - shown;
    $("#timeline-note").textContent = (undated ? ` · ${undated} undated not shown` : "") +
      (all.total > all.events.length ? ` · first ${all.events.length} of ${all.total}` : "");
    $("#network-note").textContent =
      drawNetwork($("#network"), network, { ...handlers, selected: state.actor });
    drawTable($("#events"), page.events, { ...handlers, actorButtons, selected: state.event });
    const last = Math.min(page.offset + page.events.length, page.total);
    $("#event-count").textContent = `${page.total} matching`;
    $("#page-label").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "none";
    $("#prev").disabled = page.offset === 0;
    $("#next").disabled = last >= page.total;
    await drawMap($("#map"), countries.buckets, all.events,
      { ...handlers, selectedCountry: state.country, selected: state.event });
  } catch (err) {
    showError(err);
  } finally {
    if (mine === generation) document.body.dataset.loading = "false";
  }
}

async function openEvent(id, { push = false } = {}) {
  try {
    const record = await get(`/api/events/${encodeURIComponent(id)}`);
    const doc = await get(`/api/documents/${encodeURIComponent(record.document.id)}`);
    state.event = id;
    url.write(state, { push });
    drawDocument($("#doc"), doc, record, { ...handlers, actorButtons });
    d3.selectAll("#events tbody tr").classed("selected", (e) => e.id === id);
    d3.selectAll(".tl-event").classed("selected", (d) => d.event.id === id);
    $("#doc-panel").scrollIntoView({ block: "nearest" });
  } catch (err) {
    showError(err);
  }
}

async function init() {
  legend($("#legend"));
  const summary = await get("/api/summary");
  $("#store-summary").textContent =
    `${summary.events} events from ${summary.documents} reports`;
  if (summary.first_reported) {
    first = dayOf(summary.first_reported);
    slider.max = Math.round((dayOf(summary.last_reported) - first) / dayMs);
  }
  form.addEventListener("submit", (ev) => { ev.preventDefault(); formToState(); update({}); });
  form.addEventListener("change", (ev) => {
    if (ev.target.tagName === "SELECT" || ev.target.type === "date") { formToState(); update({}); }
  });
  $("#reset").addEventListener("click", () => {
    update(Object.fromEntries(url.FILTERS.map((k) => [k, ""])));
  });
  slider.addEventListener("input", () => {
    const atEnd = Number(slider.value) >= Number(slider.max);
    $("#asof-label").textContent = atEnd ? "all reports" : isoDay(new Date(+first + slider.value * dayMs));
  });
  slider.addEventListener("change", () => {
    const atEnd = Number(slider.value) >= Number(slider.max);
    update({ as_of: atEnd ? "" : isoDay(new Date(+first + slider.value * dayMs)) });
  });
  $("#prev").addEventListener("click", () => update({ offset: Math.max(0, state.offset - PAGE) }));
  $("#next").addEventListener("click", () => update({ offset: state.offset + PAGE }));
  window.addEventListener("popstate", () => {
    state = url.read();
    stateToForm();
    refresh();
    if (state.event) openEvent(state.event);
  });
  stateToForm();
  await refresh();
  if (state.event) await openEvent(state.event);
  document.body.dataset.ready = "true";
}

init().catch(showError);

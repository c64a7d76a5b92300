// The view's state lives in the URL query string, so a view can be shared or bookmarked.
export const FILTERS = ["actor", "type", "country", "modality", "since", "until", "text"];
const OTHER = ["as_of", "offset", "event"];

export function read() {
  const q = new URLSearchParams(location.search);
  const state = {};
  for (const key of [...FILTERS, ...OTHER]) state[key] = q.get(key) || "";
  state.offset = Number.parseInt(state.offset, 10) || 0;
  return state;
}

export function write(state, { push = true } = {}) {
  const q = new URLSearchParams();
  for (const key of [...FILTERS, ...OTHER]) {
    const value = state[key];
    if (value !== "" && value !== undefined && value !== null && value !== 0) q.set(key, value);
  }
  const url = `${location.pathname}${q.toString() ? "?" + q : ""}`;
  if (url !== location.pathname + location.search) {
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
}

// The API's event filters from the state (as_of included: every panel honours it).
export function filters(state) {
  const out = {};
  for (const key of FILTERS) if (state[key]) out[key] = state[key];
  if (state.as_of) out.as_of = state.as_of;
  return out;
}

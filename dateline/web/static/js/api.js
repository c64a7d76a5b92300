// Fetch JSON from the dateline API; every error arrives in the one error shape.
export const MAX_PAGE = 1000;

export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") q.set(key, value);
  }
  return q.toString();
}

export async function get(path, params = {}) {
  const q = query(params);
  const response = await fetch(q ? `${path}?${q}` : path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const err = body.error || { message: response.statusText };
    throw new Error(`${err.status || response.status}: ${err.message}`);
  }
  return body;
}

// The source view: the event's facts (attribution and modality included) and the whole
// report with the event's sentence highlighted, its trigger and attribution marked, and
// the sentences that mention the same event again (a headline, "the attack") underlined.
import { color, label } from "./colors.js";
import { when } from "./table.js";

function fact(dl, name, value, cls) {
  if (value === null || value === undefined || value === "") return;
  dl.append("dt").text(name);
  const dd = dl.append("dd");
  if (cls) dd.attr("class", cls);
  if (typeof value === "function") value(dd); else dd.text(value);
}

const names = (refs) => refs.map((r) => r.name || r.text).join(", ");

// Cut the text into segments: the selected sentence (with inner marks), other events'
// sentences that do not overlap it, and plain text in between.
function segments(text, record, others) {
  const ev = record.evidence;
  const spans = [{ start: ev.start, end: ev.end, kind: "selected" }];
  for (const again of record.other_evidence || []) {
    if (!spans.some((s) => again.start < s.end && again.end > s.start)) {
      spans.push({ start: again.start, end: again.end, kind: "again", evidence: again });
    }
  }
  for (const o of others) {
    if (o.end <= ev.start || o.start >= ev.end) {
      if (!spans.some((s) => o.start < s.end && o.end > s.start)) {
        spans.push({ start: o.start, end: o.end, kind: "other", id: o.id });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), kind: "plain" });
    out.push({ ...s, text: text.slice(s.start, s.end) });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: "plain" });
  return out;
}

function inner(mark, text, base, record, ev) {
  const marks = [];
  if (ev.trigger_start != null) marks.push({ start: ev.trigger_start, end: ev.trigger_end, cls: "trigger" });
  const a = record.attribution;
  if (ev === record.evidence && a && a.start != null) marks.push({ start: a.start, end: a.end, cls: "attribution" });
  marks.sort((p, q) => p.start - q.start);
  let at = base;
  for (const m of marks) {
    if (m.start < at || m.end > base + text.length) continue;
    mark.append("span").text(text.slice(at - base, m.start - base));
    mark.append("span").attr("class", m.cls).text(text.slice(m.start - base, m.end - base));
    at = m.end;
  }
  mark.append("span").text(text.slice(at - base));
}

export function drawDocument(el, doc, record, { onSelect, onActor, actorButtons }) {
  const root = d3.select(el);
  root.html("");
  root.append("h3").text(doc.title || doc.source_file || doc.id.slice(0, 12));
  const dl = root.append("dl").attr("class", "facts");
  fact(dl, "event", (dd) => {
    dd.append("span").attr("class", "chip").style("background", color(record.quad)).text(record.event);
    dd.append("span").text(` ${label(record.quad)}${record.mode ? " · " + record.mode : ""}`);
  });
  fact(dl, "who", record.actor.length ? (dd) => actorButtons(dd, record.actor, onActor) : "");
  fact(dl, "to whom", record.recipient.length ? (dd) => actorButtons(dd, record.recipient, onActor) : "");
  fact(dl, "happened", record.date ? `${when(record)} (${record.date.basis}${record.date.text ? `: “${record.date.text}”` : ""})` : "unknown");
  fact(dl, "reported", `${doc.date}${doc.source_file ? " · " + doc.source_file : ""}`);
  fact(dl, "where", record.location ? `${record.location.name} (${record.location.precision || "?"})` : "");
  fact(dl, "modality", (dd) => dd.append("span").attr("class", `badge ${record.modality}`).text(record.modality), "modality");
  fact(dl, "according to", record.attribution ? `${record.attribution.source} — “${record.attribution.text}”` : "not attributed", "attribution-fact");
  if (record.magnitude && record.magnitude.dead != null) fact(dl, "dead", String(record.magnitude.dead));
  const again = (record.other_evidence || []).length;
  if (again) fact(dl, "mentions", `${again + 1} in this report`, "mentions");
  const body = root.append("div").attr("class", "body");
  for (const seg of segments(doc.text, record, doc.events.filter((e) => e.id !== record.id))) {
    if (seg.kind === "plain") body.append("span").text(seg.text);
    else if (seg.kind === "other") {
      body.append("span").attr("class", "other-event").attr("title", "another event: click to open")
        .text(seg.text).on("click", () => onSelect(doc.events.find((e) => e.id === seg.id)));
    } else if (seg.kind === "again") {
      const span = body.append("span").attr("class", "again").attr("title", "the same event, mentioned again");
      inner(span, seg.text, seg.start, record, seg.evidence);
    } else inner(body.append("mark").attr("data-id", record.id), seg.text, seg.start, record, record.evidence);
  }
  const mark = body.select("mark").node();
  if (mark) mark.scrollIntoView({ block: "nearest" });
}

// The event table: one row per event; actor names are buttons that filter by that actor,
// and a row click opens the source sentence.
import { color, label } from "./colors.js";

export function when(e) {
  if (!e.date) return "";
  const d = e.date;
  if (d.start && d.end && d.start !== d.end) return `${d.start} – ${d.end}`;
  return d.start || d.value || "";
}

export function actorButtons(cell, refs, onActor) {
  refs.forEach((ref, i) => {
    if (i) cell.append("span").text(", ");
    const key = ref.id || ref.text;
    cell.append("button").attr("type", "button").attr("class", "actor-link")
      .attr("data-actor", key).attr("title", ref.text).text(ref.name || ref.text)
      .on("click", (event) => { event.stopPropagation(); onActor(key); });
  });
}

export function drawTable(tableEl, events, { onSelect, onActor, selected }) {
  const rows = d3.select(tableEl).select("tbody").selectAll("tr").data(events, (e) => e.id)
    .join("tr").attr("data-id", (e) => e.id)
    .classed("selected", (e) => e.id === selected)
    .on("click", (_, e) => onSelect(e));
  rows.html("");
  rows.append("td").attr("class", "happened").text(when)
    .attr("title", (e) => (e.date ? `${e.date.text || ""} (${e.date.basis})` : "undated"));
  rows.append("td").attr("class", "reported").text((e) => e.document.date);
  rows.append("td").append("span").attr("class", "chip").style("background", (e) => color(e.quad))
    .attr("title", (e) => label(e.quad)).text((e) => e.event);
  rows.append("td").attr("class", "who").each(function (e) { actorButtons(d3.select(this), e.actor, onActor); });
  rows.append("td").attr("class", "whom").each(function (e) { actorButtons(d3.select(this), e.recipient, onActor); });
  rows.append("td").text((e) => (e.location ? e.location.name : ""));
  rows.append("td").append("span").attr("class", (e) => `badge ${e.modality}`).text((e) => e.modality);
  rows.append("td").attr("class", "sentence").text((e) => e.evidence.sentence);
}

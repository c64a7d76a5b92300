// Events by the day they happened (not the day reported), one lane per quad class, with a
// brush on the overview strip below that zooms the main chart.
import { QUADS, color, label } from "./colors.js";

const parse = d3.utcParse("%Y-%m-%d");
const DAY = 86400000;

function dated(events) {
  return events
    .filter((e) => e.date && e.date.start)
    .map((e) => ({ event: e, start: parse(e.date.start), end: parse(e.date.end || e.date.start) }));
}

function domainOf(items) {
  const lo = d3.min(items, (d) => d.start);
  const hi = d3.max(items, (d) => d.end);
  return [new Date(+lo - 3 * DAY), new Date(+hi + 3 * DAY)];
}

export function drawTimeline(svgEl, events, { onSelect, selected }) {
  const svg = d3.select(svgEl);
  svg.selectAll("*").remove();
  const items = dated(events);
  const width = svgEl.clientWidth || 900;
  const height = svgEl.clientHeight || 250;
  const margin = { top: 8, right: 16, bottom: 70, left: 130 };
  const innerH = height - margin.top - margin.bottom;
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  if (!items.length) {
    svg.append("text").attr("x", 20).attr("y", 40).attr("class", "muted").text("no dated events");
    return items.length;
  }
  const x = d3.scaleUtc().domain(domainOf(items)).range([margin.left, width - margin.right]);
  const x2 = x.copy();
  const lanes = [...QUADS, null];
  const y = d3.scaleBand().domain(lanes.map(String)).range([margin.top, margin.top + innerH])
    .padding(0.15);
  // spread events that share a lane and a day so that each stays clickable
  const stack = d3.rollup(items, (v) => v.length, (d) => d.event.quad, (d) => +d.start);
  const seen = new Map();
  for (const d of items) {
    const key = `${d.event.quad}|${+d.start}`;
    const n = seen.get(key) || 0;
    seen.set(key, n + 1);
    const total = stack.get(d.event.quad).get(+d.start);
    d.dy = (n - (total - 1) / 2) * Math.min(9, y.bandwidth() / total);
  }
  svg.append("g").selectAll("text").data(lanes).join("text").attr("class", "lane-label")
    .attr("x", margin.left - 8).attr("text-anchor", "end")
    .attr("y", (q) => y(String(q)) + y.bandwidth() / 2 + 3).text(label);
  const clipId = "tl-clip";
  svg.append("clipPath").attr("id", clipId).append("rect")
    .attr("x", margin.left).attr("y", 0).attr("width", width - margin.left - margin.right)
    .attr("height", margin.top + innerH);
  const plot = svg.append("g").attr("clip-path", `url(#${clipId})`);
  const axis = svg.append("g").attr("transform", `translate(0,${margin.top + innerH})`);
  const cy = (d) => y(String(d.event.quad || null)) + y.bandwidth() / 2 + d.dy;
  const spans = plot.selectAll("line").data(items.filter((d) => +d.end > +d.start)).join("line")
    .attr("class", "tl-span").attr("stroke", (d) => color(d.event.quad));
  const dots = plot.selectAll("circle").data(items).join("circle")
    .attr("class", "tl-event").attr("r", 5).attr("data-id", (d) => d.event.id)
    .attr("fill", (d) => color(d.event.quad))
    .classed("selected", (d) => d.event.id === selected)
    .on("click", (_, d) => onSelect(d.event));
  dots.append("title").text((d) => `${d.event.event} · ${d.event.date.value || ""} · ` +
    `${(d.event.evidence && d.event.evidence.sentence) || ""}`);
  function render() {
    axis.call(d3.axisBottom(x).ticks(Math.max(2, width / 110)));
    spans.attr("x1", (d) => x(d.start)).attr("x2", (d) => x(d.end)).attr("y1", cy).attr("y2", cy);
    dots.attr("cx", (d) => x(d.start)).attr("cy", cy);
  }
  render();
  // overview strip with the brush
  const top = height - 36;
  const overview = svg.append("g").attr("class", "overview");
  overview.selectAll("rect").data(items).join("rect").attr("x", (d) => x2(d.start) - 1)
    .attr("y", top + 4).attr("width", 2).attr("height", 18).attr("fill", (d) => color(d.event.quad));
  overview.append("g").attr("transform", `translate(0,${top + 22})`)
    .call(d3.axisBottom(x2).ticks(Math.max(2, width / 140)).tickSize(3));
  const brush = d3.brushX().extent([[margin.left, top], [width - margin.right, top + 22]])
    .on("brush end", ({ selection }) => {
      x.domain(selection ? selection.map(x2.invert) : x2.domain());
      render();
    });
  overview.append("g").attr("class", "brush").call(brush);
  return items.length;
}

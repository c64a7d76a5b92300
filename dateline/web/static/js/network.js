// Who acts on whom: directed interaction edges coloured by quad class (blue cooperation,
// red conflict), co-occurrence as faint lines; clicking an actor filters the events.
import { color } from "./colors.js";

const MAX_NODES = 35;

// The busiest actors (and the selected one): a readable graph rather than a hairball.
function busiest(data, selected) {
  const degree = d3.rollup([
    ...data.interactions.flatMap((e) => [[e.source, e.count], [e.target, e.count]]),
    ...data.cooccurrence.flatMap((p) => [[p.actor_a, p.count], [p.actor_b, p.count]])],
  (v) => d3.sum(v, (d) => d[1]), (d) => d[0]);
  const ranked = [...data.nodes].sort((a, b) => (degree.get(b.id) || 0) - (degree.get(a.id) || 0));
  const keep = new Set(ranked.slice(0, MAX_NODES).map((n) => n.id));
  if (selected && degree.has(selected)) keep.add(selected);
  return { degree, keep };
}

export function drawNetwork(svgEl, data, { onActor, selected }) {
  const svg = d3.select(svgEl);
  svg.selectAll("*").remove();
  const width = svgEl.clientWidth || 500;
  const height = svgEl.clientHeight || 340;
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  const { degree, keep } = busiest(data, selected);
  const nodes = data.nodes.filter((n) => keep.has(n.id)).map((n) => ({ ...n }));
  if (!nodes.length) {
    svg.append("text").attr("x", 20).attr("y", 40).text("no actor pairs yet");
    return "";
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.interactions.filter((e) => keep.has(e.source) && keep.has(e.target))
    .map((e) => ({ ...e, source: byId.get(e.source), target: byId.get(e.target) }));
  const pairs = data.cooccurrence.filter((p) => keep.has(p.actor_a) && keep.has(p.actor_b))
    .map((p) => ({ source: byId.get(p.actor_a), target: byId.get(p.actor_b), count: p.count }));
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink([...pairs, ...edges]).distance(90).strength(0.4))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide(26))
    // pull separate components toward the middle so that none drifts off the panel
    .force("x", d3.forceX(width / 2).strength(0.07))
    .force("y", d3.forceY(height / 2).strength(0.1))
    .stop();
  // lay out once, synchronously: a still picture that tests and screenshots can rely on
  for (let i = 0; i < 300; i += 1) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(20, Math.min(width - 20, n.x));
    n.y = Math.max(16, Math.min(height - 16, n.y));
  }
  const defs = svg.append("defs");
  for (const quad of new Set(edges.map((e) => e.quad))) {
    defs.append("marker").attr("id", `arrow-${quad}`).attr("viewBox", "0 -5 10 10")
      .attr("refX", 18).attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
      .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", color(quad));
  }
  svg.append("g").selectAll("line").data(pairs).join("line").attr("class", "cooccurrence")
    .attr("stroke", "#c8ced6").attr("stroke-dasharray", "3 3")
    .attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y)
    .attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
  // curve each directed edge a little, so that A→B and B→A stay apart
  svg.append("g").selectAll("path").data(edges).join("path").attr("class", "interaction")
    .attr("fill", "none").attr("stroke", (d) => color(d.quad))
    .attr("stroke-width", (d) => 1.5 + Math.sqrt(d.count))
    .attr("marker-end", (d) => `url(#arrow-${d.quad})`)
    .attr("d", (d) => {
      const r = Math.hypot(d.target.x - d.source.x, d.target.y - d.source.y) * 1.5;
      return `M${d.source.x},${d.source.y}A${r},${r} 0 0,1 ${d.target.x},${d.target.y}`;
    })
    .append("title").text((d) => `${d.source.name} → ${d.target.name}: ${d.count} ${d.quad}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g")
    .attr("class", "node").attr("data-actor", (d) => d.id)
    .classed("selected", (d) => d.id === selected)
    .attr("transform", (d) => `translate(${d.x},${d.y})`)
    .on("click", (_, d) => onActor(d.id));
  node.append("circle").attr("r", (d) => 5 + Math.sqrt(degree.get(d.id) || 1) * 2)
    .attr("fill", "#51677d");
  // labels on the side with room, so that names near the right edge stay readable
  node.append("text").attr("y", 4).text((d) => d.name || d.id)
    .attr("x", (d) => (d.x > width - 130 ? -9 : 9))
    .attr("text-anchor", (d) => (d.x > width - 130 ? "end" : "start"));
  node.append("title").text((d) => `${d.name} (${d.type || "actor"}${d.country ? ", " + d.country : ""})`);
  return data.nodes.length > nodes.length ? `busiest ${nodes.length} of ${data.nodes.length} actors` : "";
}

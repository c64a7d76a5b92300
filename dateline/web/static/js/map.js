// Country shapes from the vendored world-atlas TopoJSON, shaded by event counts from
// /api/aggregates/country, and a point per event location from the filtered events.
let world = null;
let isoByNumeric = null;

async function loadWorld() {
  if (!world) {
    const [topo, codes] = await Promise.all([
      fetch("/static/vendor/countries-110m.json").then((r) => r.json()),
      fetch("/static/vendor/iso-numeric.json").then((r) => r.json()),
    ]);
    world = topojson.feature(topo, topo.objects.countries);
    isoByNumeric = codes;
  }
  return world;
}

function locations(events) {
  const byPlace = d3.rollup(events.filter((e) => e.location && e.location.lat != null),
    (v) => ({ name: v[0].location.name, lat: v[0].location.lat, lon: v[0].location.lon,
              count: v.length, ids: v.map((e) => e.id) }),
    (e) => `${e.location.name}|${e.location.lat}|${e.location.lon}`);
  return [...byPlace.values()];
}

// The countries and points with events, and some of their neighbourhood (PAD degrees).
// Plain min/max over points and country centroids: d3.geoBounds may pick a box across
// the antimeridian, which a fit then misreads.
const PAD = 12;
function around(active, points, world) {
  const coords = [...points.map((p) => [p.lon, p.lat]), ...active.map((f) => d3.geoCentroid(f))];
  const [x0, x1] = d3.extent(coords, (c) => c[0]);
  const [y0, y1] = d3.extent(coords, (c) => c[1]);
  if (x1 - x0 > 150) return world;
  const lo = [Math.max(-180, x0 - PAD), Math.max(-85, y0 - PAD)];
  const hi = [Math.min(180, x1 + PAD), Math.min(85, y1 + PAD)];
  // the box's sides sampled along their length: meridians curve in this projection
  const sides = d3.range(lo[1], hi[1] + 5, 5).flatMap((lat) => [[lo[0], lat], [hi[0], lat]]);
  return { type: "MultiPoint", coordinates: sides };
}

export async function drawMap(svgEl, countryCounts, events, { onCountry, selectedCountry, selected }) {
  const features = await loadWorld();
  const svg = d3.select(svgEl);
  svg.selectAll("*").remove();
  const width = svgEl.clientWidth || 500;
  const height = svgEl.clientHeight || 340;
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  const points = locations(events);
  const counts = new Map(countryCounts.map((b) => [b.key, b.count]));
  const shade = d3.scaleSequential(d3.interpolateOrRd).domain([0, d3.max(counts.values()) || 1]);
  // fit the countries that have events (or the whole world when none do)
  const active = features.features.filter((f) => counts.has(isoByNumeric[f.id]));
  const projection = d3.geoNaturalEarth1()
    .fitExtent([[10, 10], [width - 10, height - 10]], active.length || points.length ? around(active, points, features) : features);
  const path = d3.geoPath(projection);
  svg.append("g").selectAll("path").data(features.features).join("path")
    .attr("class", "country").attr("d", path)
    .attr("data-iso", (f) => isoByNumeric[f.id] || "")
    .classed("selected", (f) => isoByNumeric[f.id] === selectedCountry)
    .style("fill", (f) => (counts.has(isoByNumeric[f.id]) ? shade(counts.get(isoByNumeric[f.id])) : null))
    .on("click", (_, f) => isoByNumeric[f.id] && onCountry(isoByNumeric[f.id]))
    .append("title").text((f) => `${f.properties.name}: ${counts.get(isoByNumeric[f.id]) || 0} events`);
  svg.append("g").selectAll("circle").data(points).join("circle")
    .attr("class", "map-point")
    .classed("selected", (p) => p.ids.includes(selected))
    .attr("r", (p) => 2.5 + Math.sqrt(p.count) * 1.6)
    .attr("transform", (p) => `translate(${projection([p.lon, p.lat])})`)
    .append("title").text((p) => `${p.name}: ${p.count} events`);
}

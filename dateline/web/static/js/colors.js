// Quad classes: blues for cooperation, reds for conflict (light = verbal, dark = material).
export const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict",
                      "material_conflict"];
export const QUAD_COLOR = {
  verbal_cooperation: "#6baed6", material_cooperation: "#2166ac",
  verbal_conflict: "#f4a582", material_conflict: "#b2182b",
};
export const color = (quad) => QUAD_COLOR[quad] || "#999";
export const label = (quad) => (quad ? quad.replace("_", " ") : "unclassified");
export const isConflict = (quad) => Boolean(quad && quad.endsWith("conflict"));

export function legend(el) {
  const root = d3.select(el);
  root.selectAll("span").data(QUADS).join("span")
    .html("").call((s) => s.append("i").style("background", color))
    .append("span").text(label);
}

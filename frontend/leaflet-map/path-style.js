// The server's PathStyle (colour, weight, opacity, fill colour and opacity, dash array) as Leaflet path options.

export function pathOptions(style) {
  return {
    color: style.color,
    weight: style.weight,
    opacity: style.opacity,
    fill: !!style.fillColor,
    fillColor: style.fillColor || undefined,
    fillOpacity: style.fillOpacity,
    dashArray: style.dashArray || undefined,
  };
}

// What lies over a map on screen: its own marks and controls, and page elements named by a CSS selector (a bottom
// sheet, a key), measured in the map container's pixels; and the box the map's fitted bounds take on screen.
// Limits: rectangles only; measured on demand (forces layout), so callers batch it once per frame.

/** Boxes {x, y, w, h} in container pixels of the marks, the map's controls and the covering page elements. */
export function coveringBoxes(container, selector) {
  const frame = container.getBoundingClientRect();
  const elements = [...container.querySelectorAll('.leaflet-marker-icon.lm-mark, .leaflet-control')]
    .concat(selector ? [...document.querySelectorAll(selector)] : []);
  return elements.map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - frame.left, y: r.top - frame.top, w: r.width, h: r.height }));
}

/** The padding plus the parts of the map that covering elements hide along its lower and right edges. */
export function coveredPadding(container, selector, padding) {
  const p = { ...padding };
  if (!selector) {
    return p;
  }
  const frame = container.getBoundingClientRect();
  for (const element of document.querySelectorAll(selector)) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= frame.left || r.left >= frame.right || r.bottom <= frame.top
      || r.top >= frame.bottom) {
      continue;
    }
    if (r.width >= frame.width * 0.6) {
      p.bottom = Math.max(p.bottom, frame.bottom - r.top);
    } else if (r.left > frame.left + frame.width / 3) {
      p.right = Math.max(p.right, frame.right - r.left);
    }
  }
  return p;
}

/** The box of bounds {south, west, north, east} on screen (viewport pixels), clipped to the map. */
export function boundsRect(map, container, b) {
  const frame = container.getBoundingClientRect();
  const nw = map.latLngToContainerPoint([b.north, b.west]);
  const se = map.latLngToContainerPoint([b.south, b.east]);
  const left = Math.max(0, nw.x);
  const top = Math.max(0, nw.y);
  const right = Math.min(frame.width, se.x);
  const bottom = Math.min(frame.height, se.y);
  return new DOMRect(frame.left + left, frame.top + top, Math.max(0, right - left), Math.max(0, bottom - top));
}

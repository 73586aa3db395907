// Marks that share one position spread on a small circle around it, so each can be seen and clicked on a canvas.
// Limits: pixel offsets fixed once for all zooms and days (the DOM marks spread per zoom instead: spiderfy.js).
import L from 'leaflet';

/** Pixel offsets for marks that share a position: spread on a small circle, first one on top. */
export function fanOut(entries, size) {
  const byPosition = new Map();
  for (const entry of entries) {
    const key = `${entry.lat.toFixed(5)},${entry.lon.toFixed(5)}`;
    (byPosition.get(key) || byPosition.set(key, []).get(key)).push(entry);
  }
  for (const group of byPosition.values()) {
    if (group.length > 1) {
      const radius = size * 0.7 + group.length;
      group.forEach((entry, index) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * index) / group.length;
        entry.offset = L.point(Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle)));
      });
    }
  }
  for (const entry of entries) {
    entry.offset = L.point(entry.offset);
  }
}

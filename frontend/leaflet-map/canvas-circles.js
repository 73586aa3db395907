// The crowded squares of a canvas mark layer drawn as numbered circles: decides after each move of the view whether
// there are too many marks in view to draw apart (CLUSTER_ABOVE), groups them (mark-cells.js), paints a circle per
// crowded square (cluster-glyph.js), finds the circle under a point and zooms into it. Limits: not at the map's
// last zoom (marks are drawn there however many); a circle is paint only (see the list for keyboard and readers).
import L from 'leaflet';
import { clusterPainter } from './cluster-glyph.js';
import { CELL_SIZE, CLUSTER_ABOVE, groupInCells } from './mark-cells.js';
import { POSSIBLE, RECORD } from './time-filter.js';

/** `onChange(on)` hears when circles start or stop being drawn. */
export function createCanvasCircles(map, onChange) {
  let cells = null;
  let loose = null;
  let painter = null;
  const paint = () => (painter = painter || clusterPainter(map.getContainer()));

  const shownIn = (cell) => cell.counts[POSSIBLE] + cell.counts[RECORD];
  const layerCentre = (cell) => L.point(cells.centre(cell)).subtract(map.getPixelOrigin());

  return {
    get on() { return cells !== null; },
    /** Regroups after a move of the view: `points` are the marks' layer points, `states` their states now. */
    regroup(points, states) {
      const origin = map.getPixelOrigin();
      const view = map.getPixelBounds();
      const pixels = points.map((point) => point.add(origin));
      const inView = pixels.reduce((sum, pixel) => sum + (view.contains(pixel) ? 1 : 0), 0);
      const was = cells !== null;
      cells = inView > CLUSTER_ABOVE && map.getZoom() < map.getMaxZoom() ? groupInCells(pixels, states) : null;
      loose = cells && cells.cells.filter((cell) => !cells.crowded(cell)).flatMap((cell) => cell.members).sort((a, b) => a - b);
      if (was !== (cells !== null)) {
        onChange(cells !== null);
      }
    },
    /** The marks drawn one by one while circles are on, in their order; null while off (all are). */
    get loose() { return loose; },
    /** True when mark `index` is counted in a circle instead of drawn. */
    hides: (index) => cells !== null && cells.crowded(cells.cells[cells.cellOf[index]]),
    /** The mark's state changed: its circle's counts follow. */
    change(index, before, after) {
      cells?.change(index, before, after);
    },
    /** Paints the circles whose centres lie in `bounds` (layer points). */
    paint(context, bounds) {
      if (!cells) {
        return;
      }
      for (const cell of cells.cells) {
        const centre = layerCentre(cell);
        if (cells.crowded(cell) && shownIn(cell) > 0 && bounds.contains(centre)) {
          paint().paint(context, centre.x, centre.y, cell.counts[RECORD], cell.counts[POSSIBLE]);
        }
      }
    },
    /** The crowded square whose circle is under a layer point, or null. */
    at(point) {
      if (!cells) {
        return null;
      }
      const col = Math.floor((point.x + map.getPixelOrigin().x) / CELL_SIZE);
      const row = Math.floor((point.y + map.getPixelOrigin().y) / CELL_SIZE);
      // A circle (with its "+n") reaches past its own square, never past the next one.
      for (let c = col - 1; c <= col + 1; c++) {
        for (let r = row - 1; r <= row + 1; r++) {
          const cell = cells.cellAt(c, r);
          if (cell && cells.crowded(cell) && shownIn(cell) > 0
            && layerCentre(cell).distanceTo(point) <= paint().radius(shownIn(cell)) + 4) {
            return cell;
          }
        }
      }
      return null;
    },
    /** Zooms to the marks of a circle, at least one step, where they are drawn apart or in smaller circles. */
    zoomInto(cell, latLngOf) {
      const bounds = L.latLngBounds(cell.members.map(latLngOf));
      const fit = map.getBoundsZoom(bounds, false, L.point(CELL_SIZE * 3, CELL_SIZE * 3));
      map.setView(bounds.getCenter(), Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, fit)));
    },
  };
}

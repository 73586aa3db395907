// Marks grouped by the square of the map they fall in, for a canvas layer with more marks in view than can be drawn
// apart: a crowded square is drawn as one numbered circle (cluster-glyph.js) counting its marks per state, and each
// step's changes keep those counts. Squares sit on the map's pixel grid at each zoom, so panning does not regroup
// them. Limits: squares, not distance clusters, so two circles can meet across an edge; regrouped at every zoom.
import { NONE, POSSIBLE, RECORD } from './time-filter.js';

/** More marks than this in view, and crowded squares become circles. */
export const CLUSTER_ABOVE = 3000;
/** A square's side in CSS pixels. */
export const CELL_SIZE = 48;
/** A square holding more marks than this is drawn as one circle. */
export const CROWDED = 4;

/**
 * Groups marks by square. `pixels[i]`: mark i's position in the map's pixel space (`map.project`), `states[i]`: its
 * state now. Returns `{cells, cellOf, cellAt(col, row), change(index, before, after)}`; a cell is
 * `{col, row, members, counts}`.
 */
export function groupInCells(pixels, states) {
  const byKey = new Map();
  const cells = [];
  const cellOf = new Int32Array(pixels.length);
  pixels.forEach((pixel, index) => {
    const col = Math.floor(pixel.x / CELL_SIZE);
    const row = Math.floor(pixel.y / CELL_SIZE);
    const key = `${col},${row}`;
    let at = byKey.get(key);
    if (at === undefined) {
      at = cells.length;
      byKey.set(key, at);
      cells.push({ col, row, members: [], counts: { [NONE]: 0, [POSSIBLE]: 0, [RECORD]: 0 } });
    }
    cells[at].members.push(index);
    cells[at].counts[states[index]] += 1;
    cellOf[index] = at;
  });
  return {
    cells,
    cellOf,
    crowded: (cell) => cell.members.length > CROWDED,
    /** The cell at a column and row of the grid, or undefined. */
    cellAt: (col, row) => cells[byKey.get(`${col},${row}`)],
    /** The cell's centre in the map's pixel space. */
    centre: (cell) => ({ x: (cell.col + 0.5) * CELL_SIZE, y: (cell.row + 0.5) * CELL_SIZE }),
    /** Keeps the counts when a mark's state changes. */
    change(index, before, after) {
      const counts = cells[cellOf[index]].counts;
      counts[before] -= 1;
      counts[after] += 1;
    },
  };
}

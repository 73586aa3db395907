// Label placement (frontend/leaflet-map/declutter.js) on a stand-in map whose container pixel is ten times a point's
// longitude and latitude: each label takes the first free spot beside its point, by rank, or is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declutter } from '../../../frontend/leaflet-map/declutter.js';

const map = {
  latLngToContainerPoint([lat, lon]) {
    const point = { x: lon * 10, y: lat * 10 };
    point.add = ([dx, dy]) => ({ x: point.x + dx, y: point.y + dy });
    return point;
  },
};

/** A label 40 × 10 px at container pixel (x, y); it records where it was put. */
function label(name, x, y, { rank = 1, order = 0, centred = false, angles = null, width = 40 } = {}) {
  const anchors = (angles || [null]).map((angle, i) => ({ lat: y / 10, lon: x / 10 + i * 10, angle }));
  const placed = { name };
  return {
    placed,
    element: { offsetWidth: width, offsetHeight: 10, offsetLeft: 0, offsetTop: 0 },
    rank, order, centred, anchors,
    place(index, dx, dy) { Object.assign(placed, { index, dx, dy }); },
    drop() { placed.dropped = true; },
  };
}

const FRAME = { w: 400, h: 400 };

test('a free label goes just right of its point, centred on it vertically', () => {
  const a = label('a', 100, 100);
  declutter(map, [a], [], FRAME);
  assert.deepEqual(a.placed, { name: 'a', index: 0, dx: 4, dy: -5 });
});

test('something over the map on its right sends it to the left', () => {
  const a = label('a', 100, 100);
  declutter(map, [a], [{ x: 100, y: 90, w: 60, h: 20 }], FRAME);
  assert.deepEqual(a.placed, { name: 'a', index: 0, dx: -44, dy: -5 });
});

test("the map's edge counts as taken", () => {
  const a = label('a', 390, 100);
  declutter(map, [a], [], FRAME);
  assert.deepEqual(a.placed, { name: 'a', index: 0, dx: -44, dy: -5 });
});

test('the higher-ranked label places first, whatever the order given', () => {
  const town = label('town', 100, 100, { rank: 3 });
  const capital = label('capital', 100, 100, { rank: 1 });
  declutter(map, [town, capital], [], FRAME);
  assert.deepEqual(capital.placed, { name: 'capital', index: 0, dx: 4, dy: -5 });
  assert.deepEqual(town.placed, { name: 'town', index: 0, dx: -44, dy: -5 });
});

test('a label that fits nowhere is dropped', () => {
  const wide = label('wide', 15, 15, { width: 40 });
  declutter(map, [wide], [], { w: 30, h: 30 });
  assert.equal(wide.placed.dropped, true);
  assert.equal(wide.placed.index, undefined);
});

test('a centred label sits on its point', () => {
  const country = label('country', 200, 200, { centred: true });
  declutter(map, [country], [], FRAME);
  assert.deepEqual(country.placed, { name: 'country', index: 0, dx: -20, dy: -5 });
});

test('a turned label moves to its next anchor when the first is taken', () => {
  const ring = label('ring', 100, 100, { angles: [0, 0] });
  declutter(map, [ring], [{ x: 60, y: 90, w: 80, h: 40 }], FRAME);
  assert.deepEqual(ring.placed, { name: 'ring', index: 1, dx: 0, dy: 2 });
});

// The browser's choice of an area's fill (frontend/leaflet-map/area-fill.js) against the shading's table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaFill } from '../../../frontend/leaflet-map/area-fill.js';
import { table } from './rule-table.mjs';

for (const { shading, cases } of table('shading.json').shadings) {
  for (const c of cases) {
    test(`shading ${shading.breaks}: ${c.why} (${c.onRecord} on record, ${c.possible} possible)`, () => {
      assert.equal(areaFill(c.onRecord, c.possible, shading), c.fill);
    });
  }
}

test('with no base of its own an area below the first break takes no fill', () => {
  assert.equal(areaFill(0, 0, { base: null, breaks: [1], colours: ['one'], possible: 'p' }), null);
});

// The browser's time rule (frontend/leaflet-map/time-filter.js) against the rule's table, and how it reads a map time
// and a layer's day properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureStateAt, isWindow, stateAt, stateIn, windowOf } from '../../../frontend/leaflet-map/time-filter.js';
import { table } from './rule-table.mjs';

for (const c of table('time-rule.json').cases) {
  test(`time rule: ${c.why} (${c.first}..${c.last} in ${c.from}..${c.to})`, () => {
    assert.equal(stateIn(c.first, c.last, c.from, c.to), c.state);
  });
}

test('a map time names a window: a day is "up to", "from/to" both ends, "" all of time', () => {
  assert.deepEqual(windowOf('2024-01-02'), { from: null, to: '2024-01-02' });
  assert.deepEqual(windowOf('2024-01-01/2024-01-14'), { from: '2024-01-01', to: '2024-01-14' });
  assert.deepEqual(windowOf('2024-01-01/'), { from: '2024-01-01', to: null });
  assert.deepEqual(windowOf(''), { from: null, to: null });
  assert.equal(isWindow('2024-01-02'), false);
  assert.equal(isWindow('2024-01-01/2024-01-14'), true);
});

test('stateAt reads the map time', () => {
  assert.equal(stateAt('2024-01-01', '2024-01-31', '2024-01-15'), 'possible');
  assert.equal(stateAt('2024-01-01', '2024-01-31', '2024-01-01/2024-01-31'), 'record');
  assert.equal(stateAt('2024-01-01', '2024-01-31', '2024-02-01/2024-02-02'), 'none');
});

test('a layer without day properties always shows its features on record', () => {
  assert.equal(featureStateAt({ properties: {} }, {}, '2024-01-02'), 'record');
});

test('a layer with only a first day treats each feature as a single day', () => {
  const config = { timeProperty: 'day' };
  const feature = { properties: { day: '2024-01-05' } };
  assert.equal(featureStateAt(feature, config, '2024-01-04'), 'none');
  assert.equal(featureStateAt(feature, config, '2024-01-05'), 'record');
  assert.equal(featureStateAt(feature, config, '2024-01-06/2024-01-09'), 'none');
});

test('a missing last day reads as no known end', () => {
  const config = { timeProperty: 'from', recordProperty: 'until' };
  assert.equal(featureStateAt({ properties: { from: '2024-01-05' } }, config, '2099-01-01'), 'possible');
  assert.equal(featureStateAt({ properties: { from: '2024-01-05', until: '2024-01-06' } }, config, '2024-01-06'), 'record');
});

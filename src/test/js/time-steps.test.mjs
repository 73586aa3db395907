// The incremental states of many dated items as the map's time moves (frontend/leaflet-map/time-steps.js): each step
// reports exactly the items whose state changed and keeps the counts per state. Expected states written from the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTimeSteps } from '../../../frontend/leaflet-map/time-steps.js';

const items = [
  { name: 'a day', from: '2024-01-02', record: '2024-01-02' },
  { name: 'a period', from: '2023-12-30', record: '2024-02-07' },
  { name: 'no end', from: '2024-01-15', record: null },
];

function stepper() {
  const steps = createTimeSteps(items, (item) => item.from, (item) => item.record);
  return (time) => {
    const changes = [];
    steps.moveTo(time, (index, before, after) => changes.push(`${items[index].name}: ${before} > ${after}`));
    // In any order: which items a step visits first is the index's business.
    return { changes: changes.sort(), states: [...steps.states], counts: { ...steps.counts } };
  };
}

test('each step reports what changed, up to a day', () => {
  const moveTo = stepper();
  assert.deepEqual(moveTo('2024-01-01'), { changes: ['a period: none > possible'],
    states: ['none', 'possible', 'none'], counts: { none: 2, possible: 1, record: 0 } });
  assert.deepEqual(moveTo('2024-01-02').changes, ['a day: none > record']);
  assert.deepEqual(moveTo('2024-01-20').changes, ['no end: none > possible']);
  assert.deepEqual(moveTo('2024-02-07'), { changes: ['a period: possible > record'],
    states: ['record', 'record', 'possible'], counts: { none: 0, possible: 1, record: 2 } });
  assert.deepEqual(moveTo('2024-02-07').changes, [], 'the same day again changes nothing');
});

test('moving back undoes the steps', () => {
  const moveTo = stepper();
  moveTo('2024-02-07');
  assert.deepEqual(moveTo('2023-12-31'), { changes: ['a day: record > none', 'a period: record > possible',
    'no end: possible > none'], states: ['none', 'possible', 'none'], counts: { none: 2, possible: 1, record: 0 } });
});

test('a window, moved at either end, and back to "up to a day"', () => {
  const moveTo = stepper();
  moveTo('2024-02-07');
  assert.deepEqual(moveTo('2024-01-01/2024-01-10'), { changes: ['a period: record > possible', 'no end: possible > none'],
    states: ['record', 'possible', 'none'], counts: { none: 1, possible: 1, record: 1 } });
  assert.deepEqual(moveTo('2024-01-03/2024-01-10').changes, ['a day: record > none']);
  assert.deepEqual(moveTo('2024-01-03/2024-01-15').changes, ['no end: none > possible']);
  assert.deepEqual(moveTo('2023-12-30/2024-02-07'), { changes: ['a day: none > record', 'a period: possible > record'],
    states: ['record', 'record', 'possible'], counts: { none: 0, possible: 1, record: 2 } });
  assert.deepEqual(moveTo(''), { changes: [], states: ['record', 'record', 'possible'],
    counts: { none: 0, possible: 1, record: 2 } }, 'all of time shows the same');
});

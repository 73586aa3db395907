// The browser's count sentence (frontend/ui/count-text.js) against the count sentence's table, and its tally of
// counted strikes at a map time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countText, tally, templatesOf } from '../../../frontend/ui/count-text.js';
import { table } from './rule-table.mjs';

const { templates, cases } = table('count-sentence.json');

for (const c of cases) {
  test(`count sentence: ${c.why}`, () => {
    assert.equal(countText(templates[c.templates], { record: c.onRecord, possible: c.possible, total: c.total,
      unlocated: c.unlocated, time: c.time }), c.text);
  });
}

const strikes = [
  { counted: true, visibleFrom: '2024-01-02', onRecordFrom: '2024-01-02' },
  { counted: true, visibleFrom: '2023-12-30', onRecordFrom: '2024-02-07' },
  { counted: false, visibleFrom: '2024-01-01', onRecordFrom: '2024-01-01' },
  { counted: true, visibleFrom: '2024-01-15', onRecordFrom: null },
];

test('the tally counts only counted strikes, by their state at the time', () => {
  assert.deepEqual(tally(strikes, '2023-12-29'), { record: 0, possible: 0 });
  assert.deepEqual(tally(strikes, '2024-01-01'), { record: 0, possible: 1 });
  assert.deepEqual(tally(strikes, '2024-01-20'), { record: 1, possible: 2 });
  assert.deepEqual(tally(strikes, '2024-02-07'), { record: 2, possible: 1 });
  assert.deepEqual(tally(strikes, '2024-01-03/2024-01-10'), { record: 0, possible: 1 });
  assert.deepEqual(tally(strikes, '2023-12-30/2024-02-07'), { record: 2, possible: 1 });
});

test("the elements' template properties make the map's and a region's templates", () => {
  const properties = { countTemplate: 'c', possibleTemplate: 'p', unlocatedTemplate: 'u', regionCountTemplate: 'rc',
    windowCountTemplate: 'wc', windowPossibleTemplate: 'wp', windowRegionCountTemplate: 'wrc' };
  assert.deepEqual(templatesOf(properties, false),
    { onRecord: 'c', inWindow: 'wc', possible: 'p', possibleInWindow: 'wp', unlocated: 'u' });
  assert.deepEqual(templatesOf(properties, true),
    { onRecord: 'rc', inWindow: 'wrc', possible: 'p', possibleInWindow: 'wp', unlocated: '' });
});

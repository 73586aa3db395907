// The browser's day labels (frontend/ui/day-labels.js) against the date labels' table, with the real bundles' words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayLabels } from '../../../frontend/ui/day-labels.js';
import { bundle, table } from './rule-table.mjs';

const labelsIn = (lang) => {
  const words = bundle(lang);
  return dayLabels({ day: words['js.date.day'], months: words['js.date.months'], window: words['js.date.window'] });
};
const { days, spans } = table('date-labels.json');

for (const c of days) {
  test(`day label (${c.lang}): ${c.why}`, () => {
    assert.equal(labelsIn(c.lang).day(c.day), c.label);
  });
}

for (const c of spans) {
  test(`span label (${c.lang}): ${c.why}`, () => {
    assert.equal(labelsIn(c.lang).span(c.from, c.to), c.label);
  });
}

test('a map time is labelled as a day or a span', () => {
  const labels = dayLabels({ day: '{day}.{month}.{year}', months: 'a b c d e f g h i j k l', window: '{from} to {to}' });
  assert.equal(labels.time('2024-03-09'), '9.c.2024');
  assert.equal(labels.time('2024-03-09/2024-12-31'), '9.c.2024 to 31.l.2024');
});

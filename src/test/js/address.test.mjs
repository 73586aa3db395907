// The embed's address (frontend/embed/address.js) against the address's table, and what only the embed has: the
// defaults of a published copy and the language kept in the address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDay, readAddress, timeOf, writeAddress } from '../../../frontend/embed/address.js';
import { table } from './rule-table.mjs';

const { period: { start, end }, echoLimit, reading, writing } = table('address.json');
const period = { start, end };

for (const c of reading) {
  test(`reading: ${c.why}`, () => {
    const state = readAddress(new URLSearchParams(c.parameters).toString(), period, {}, echoLimit);
    assert.equal(timeOf(state), c.time, 'time');
    assert.equal(state.strike, c.strike, 'strike');
    assert.equal(state.region, c.region, 'region');
    assert.deepEqual(state.problem, c.problem, 'problem');
  });
}

for (const c of writing) {
  test(`writing: ${c.why}`, () => {
    const [from, to] = c.time.split('/');
    const state = to === undefined ? { mode: 'day', day: from, strike: c.strike, region: c.region }
      : { mode: 'window', from, to, strike: c.strike, region: c.region };
    assert.equal(writeAddress(state, end), c.query);
  });
}

test('a published copy opens on its own day and strike when the address names none', () => {
  const state = readAddress('', period, { day: '2024-01-02', strike: 'kyiv-1' }, echoLimit);
  assert.equal(timeOf(state), '2024-01-02');
  assert.equal(state.strike, 'kyiv-1');
  assert.equal(timeOf(readAddress('?date=2024-01-05', period, { day: '2024-01-02' }, echoLimit)), '2024-01-05');
});

test('the language stays in the address, last', () => {
  const state = readAddress('?lang=uk&strike=kyiv-1', period, {}, echoLimit);
  assert.equal(state.lang, 'uk');
  assert.equal(writeAddress(state, end), 'strike=kyiv-1&lang=uk');
});

test('a day is YYYY-MM-DD and in the calendar', () => {
  assert.equal(isDay('2024-02-29'), true);
  assert.equal(isDay('2023-02-29'), false);
  assert.equal(isDay('2024-04-31'), false);
  assert.equal(isDay('2024-13-01'), false);
  assert.equal(isDay('20240101'), false);
});

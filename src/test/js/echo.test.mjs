// The embed's echo cut (frontend/embed/echo.js) against the echo table, at the limit the server sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { echo } from '../../../frontend/embed/echo.js';
import { table } from './rule-table.mjs';

const { limit, cases } = table('echo.json');

for (const c of cases) {
  test(`echo: ${c.why}`, () => {
    assert.equal(echo(c.value, limit), c.echo);
  });
}

// A value from the address as it may be quoted back to the reader: at most `limit` characters (code points), then an
// ellipsis, control and format characters and line breaks as spaces, and <, >, quotes and backticks as the percent
// escapes they came as in the address, so no one can put long text or markup of their own on the page. The server's
// definition is share.Echo (its limit reaches the embed as setup.texts.echoLimit); both run
// src/test/resources/rules/echo.json. Pure.

const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const ESCAPED = { '<': '%3C', '>': '%3E', '"': '%22', "'": '%27', '`': '%60' };

export function echo(value, limit) {
  const chars = Array.from(String(value ?? '')).map((c) => ESCAPED[c] || (INVISIBLE.test(c) ? ' ' : c));
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : chars.join('');
}

// The tables of cases of the rules both the server and the browser apply (src/test/resources/rules/, see its README),
// read for `node --test`; JUnit reads the same files (testing.RuleTable). Also the interface's words from the real
// bundles, for rules whose words are data. Limits: the bundle reader knows `key=value` lines, comments and \uXXXX
// escapes, which is all the date keys use (no continuation lines).
import { readFileSync } from 'node:fs';

/** The table `rules/<name>`. */
export function table(name) {
  return JSON.parse(readFileSync(new URL(`../resources/rules/${name}`, import.meta.url), 'utf8'));
}

/** The words of one interface language ('en', 'uk'), by key. */
export function bundle(lang) {
  const file = lang === 'en' ? 'messages.properties' : `messages_${lang}.properties`;
  const text = readFileSync(new URL(`../../main/resources/i18n/${file}`, import.meta.url), 'utf8');
  const words = {};
  for (const line of text.split('\n')) {
    if (!line.trim() || /^\s*[#!]/.test(line)) {
      continue;
    }
    const equals = line.indexOf('=');
    words[line.slice(0, equals).trim()] = line.slice(equals + 1).trimStart()
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  }
  return words;
}

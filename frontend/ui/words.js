// The interface's words in the page's language: the server writes them once into the page, from the same bundles
// as its own words (src/main/resources/i18n, keys "js.…"), as <script type="application/json" id="strikemap-strings">.
// word(key, values) fills {name} placeholders the way the server does. A key the page lacks reads as the key itself,
// and I18nBundlesTest fails on any key used here that a bundle lacks.
let strings = null;

export function word(key, values = {}) {
  if (strings === null) {
    const element = document.getElementById('strikemap-strings');
    strings = element ? JSON.parse(element.textContent) : {};
  }
  let text = strings[key] ?? key;
  for (const [name, value] of Object.entries(values)) {
    text = text.replaceAll(`{${name}}`, String(value));
  }
  return text;
}

/** The page's language ("en", "uk"), as <html lang> says. */
export function pageLanguage() {
  return document.documentElement.lang || 'en';
}

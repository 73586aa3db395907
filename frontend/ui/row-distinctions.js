// What tells apart list rows that would otherwise read the same: among rows whose words are equal, the first
// reader-facing field whose values differ across them (how exact the place or date is, the region, the source),
// or, where the reports give nothing that differs, the row's place among them ("1 of 2").
// Limits: compares the fields listed below, in that order; knows nothing of any one dataset.

const FIELDS = [
  (s) => s.regionName,
  (s) => s.where,
  (s) => s.when,
  (s) => (s.sources || []).find((source) => source.id === s.source)?.outlet,
];

/**
 * Map from each strike (properties) whose row would read like another's to the words that set it apart;
 * `wordsOf` gives a row's words, `ofTemplate` says "{n} of {total}".
 */
export function rowDistinctions(strikes, wordsOf, ofTemplate = '{n} of {total}') {
  const alike = new Map();
  for (const strike of strikes) {
    const words = wordsOf(strike);
    alike.set(words, [...(alike.get(words) || []), strike]);
  }
  const result = new Map();
  for (const group of alike.values()) {
    if (group.length < 2) {
      continue;
    }
    const field = FIELDS.find((f) => new Set(group.map((s) => f(s) ?? '')).size > 1);
    group.forEach((strike, index) => {
      result.set(strike, field ? String(field(strike) ?? '')
        : ofTemplate.replace('{n}', String(index + 1)).replace('{total}', String(group.length)));
    });
  }
  return result;
}

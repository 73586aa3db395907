// The count sentence the timeline and the list write at every step: the server's templates (map.CountSentence, words
// from the bundles) filled with how many counted strikes are on record (or in the window) and how many more are
// possible at a map time, by the one time rule (time-filter.js). The filling rule is CountSentence.of's; both run
// src/test/resources/rules/count-sentence.json. Pure: no DOM. Limits: number agreement is the templates' business.
import { isWindow, POSSIBLE, RECORD, stateAt } from '../leaflet-map/time-filter.js';

/** How many counted strikes (properties with visibleFrom, onRecordFrom, counted) are on record and possible at `time`. */
export function tally(strikes, time) {
  let record = 0;
  let possible = 0;
  for (const strike of strikes) {
    if (!strike.counted) {
      continue;
    }
    const state = stateAt(strike.visibleFrom, strike.onRecordFrom ?? null, time);
    if (state === RECORD) {
      record += 1;
    } else if (state === POSSIBLE) {
      possible += 1;
    }
  }
  return { record, possible };
}

const fill = (template, values) => Object.entries(values)
  .reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), String(template || ''));

/**
 * `templates`: {onRecord, inWindow, possible, possibleInWindow, unlocated} (CountSentence.Templates). The on-record
 * part (the window's for a from–to time), then the possible part when some are possible, then, up to a day only, the
 * unlocated part when there are any: nothing says whether an attack without a place falls in a window.
 */
export function countText(templates, { record, possible, total, unlocated, time }) {
  const window = isWindow(time);
  let text = fill(window ? templates.inWindow : templates.onRecord, { record, total });
  if (possible > 0) {
    text += fill(window ? templates.possibleInWindow : templates.possible, { possible });
  }
  if (!window && unlocated > 0) {
    text += fill(templates.unlocated, { unlocated });
  }
  return text;
}

/**
 * The templates of the elements' properties (the server's MapSetup.TimelineSetup): the whole map's, or one region's
 * (its own on-record parts; no attack without a place lies in a region, so it has no unlocated part).
 */
export function templatesOf(properties, region) {
  return {
    onRecord: region ? properties.regionCountTemplate : properties.countTemplate,
    inWindow: region ? properties.windowRegionCountTemplate : properties.windowCountTemplate,
    possible: properties.possibleTemplate,
    possibleInWindow: properties.windowPossibleTemplate,
    unlocated: region ? '' : properties.unlocatedTemplate,
  };
}

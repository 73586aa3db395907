// <strike-list>: the accessible list beside the map, the map's text alternative: the strikes of the map's strikes
// layer (`src`, fetched once per page) that the current day or from–to window shows, by the same time rule as the
// marks (those not yet on record, or only possibly in the window, marked so), optionally in one region, each a
// button that asks to open it (event `strike-open`). Its `time` follows the timeline while it is dragged, with no
// server round trip.
// Limits: light DOM (the page's CSS styles it); at most MAX_ROWS rows, then how many more (in the dataset's order).
import '../leaflet-map/symbols.js';
import { upgradeProperties } from '../leaflet-map/upgrade-properties.js';
import { isWindow, NONE, POSSIBLE, stateAt } from '../leaflet-map/time-filter.js';
import { pageLanguage, word } from './words.js';
import { layerData } from '../leaflet-map/layer-data.js';
import { rowDistinctions } from './row-distinctions.js';
import { countText, tally, templatesOf } from './count-text.js';
import { timeLabel } from './days.js';

const MAX_ROWS = 100;
/** The words of a from–to window (the day's are below, to move to a bundle together). */
const PROPERTIES = ['src', 'time', 'region', 'regionName', 'unlocated', 'countTemplate', 'possibleTemplate',
  'unlocatedTemplate', 'regionCountTemplate', 'windowCountTemplate', 'windowPossibleTemplate', 'windowRegionCountTemplate'];

class StrikeList extends HTMLElement {
  constructor() {
    super();
    this._state = { strikes: [], time: '', region: '', regionName: '', unlocated: 0,
      countTemplate: '', possibleTemplate: '', unlocatedTemplate: '', regionCountTemplate: '', windowCountTemplate: '',
      windowPossibleTemplate: '', windowRegionCountTemplate: '' };
  }

  connectedCallback() {
    upgradeProperties(this, PROPERTIES);
    this._render();
  }

  /** URL of the strikes layer (GeoJSON): the list is made of its features' properties. */
  get src() { return this._state.src; }
  set src(url) {
    this._state.src = url;
    layerData(url).then((data) => {
      if (this._state.src === url) {
        this._state.strikes = data.features.map((f) => f.properties);
        this._render();
      }
    }, (error) => console.error('strike-list: the strikes could not be loaded', error));
  }

  _render() {
    if (!this.isConnected) {
      return;
    }
    const s = this._state;
    const inRegion = s.strikes.filter((strike) => !s.region || strike.region === s.region);
    const states = new Map(inRegion.map((strike) => [strike, stateAt(strike.visibleFrom, strike.onRecordFrom ?? null, s.time)]));
    const stateOf = (strike) => states.get(strike);
    const shown = inRegion.filter((strike) => stateOf(strike) !== NONE);
    const window = isWindow(s.time);

    const heading = document.createElement('h2');
    heading.textContent = s.region ? word('js.list.headingRegion', { region: s.regionName }) : word('js.list.heading');
    const count = document.createElement('p');
    count.className = 'sm-count';
    const text = countText(templatesOf(s, !!s.region), { ...tally(shown, s.time),
      total: s.strikes.filter((strike) => strike.counted).length, unlocated: s.region ? 0 : s.unlocated, time: s.time });
    count.textContent = s.time ? word(window ? 'js.list.windowCount' : 'js.list.count', { day: timeLabel(s.time), text })
      : `${text}.`;
    const parts = [heading, count];
    if (s.region) {
      const all = document.createElement('button');
      all.type = 'button';
      all.className = 'sm-list-all';
      all.textContent = word('js.list.showAll');
      all.addEventListener('click', () => this.dispatchEvent(new CustomEvent('region-clear')));
      parts.push(all);
    }
    const list = document.createElement('ul');
    list.className = 'sm-list-items';
    const apart = rowDistinctions(shown, (strike) => `${strike.place}\n${strike.dateLabel}`, word('js.list.nOfTotal'));
    for (const strike of shown.slice(0, MAX_ROWS)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sm-list-button';
      button.dataset.strike = strike.id;
      const symbol = document.createElement('lm-symbol');
      symbol.setAttribute('name', strike.symbol);
      symbol.setAttribute('faded', String(!!strike.faded));
      symbol.setAttribute('possible', String(stateOf(strike) === POSSIBLE));
      symbol.setAttribute('aria-hidden', 'true');
      const place = document.createElement('span');
      place.className = 'sm-list-place';
      place.textContent = strike.place;
      if (strike.placeLang && strike.placeLang !== pageLanguage()) {
        // The map's words in its own language, where it gives none in the page's.
        place.lang = strike.placeLang;
      }
      if (apart.has(strike)) {
        const detail = document.createElement('span');
        detail.className = 'sm-list-detail';
        detail.textContent = apart.get(strike);
        place.append(' ', detail);
      }
      const date = document.createElement('span');
      date.className = 'sm-list-date';
      date.textContent = strike.dateLabel;
      button.dataset.state = stateOf(strike);
      if (stateOf(strike) === POSSIBLE) {
        // Said in words too: a ghost mark alone is lost on a screen reader.
        const note = document.createElement('span');
        note.className = 'sm-list-possible';
        note.textContent = word(window ? 'js.list.windowPossible' : 'js.list.possible');
        date.appendChild(note);
      }
      button.append(symbol, place, date);
      button.addEventListener('click', () => this.dispatchEvent(new CustomEvent('strike-open', { detail: { id: strike.id } })));
      const item = document.createElement('li');
      item.appendChild(button);
      list.appendChild(item);
    }
    if (shown.length > MAX_ROWS) {
      // Nobody reads thousands of rows, and building them would stall every step of the timeline: the rest is
      // counted, and a region or a day narrows the list.
      const more = document.createElement('li');
      more.className = 'sm-list-more';
      const language = pageLanguage() === 'en' ? 'en-GB' : pageLanguage();
      const rest = { count: (shown.length - MAX_ROWS).toLocaleString(language) };
      // Literal keys, so the bundles test sees each one.
      more.textContent = window
        ? (s.region ? word('js.list.moreWindowRegion', rest) : word('js.list.moreWindow', rest))
        : (s.region ? word('js.list.moreRegion', rest) : word('js.list.more', rest));
      list.appendChild(more);
    }
    if (!shown.length) {
      const item = document.createElement('li');
      item.textContent = word(window ? 'js.list.windowNone' : 'js.list.none');
      list.appendChild(item);
    }
    parts.push(list);
    this.replaceChildren(...parts);
  }
}

for (const name of PROPERTIES.filter((p) => p !== 'src')) {
  Object.defineProperty(StrikeList.prototype, name, {
    get() { return this._state[name]; },
    set(value) { this._state[name] = value ?? this._state[name]; this._render(); },
  });
}

customElements.define('strike-list', StrikeList);

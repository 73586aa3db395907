// <strike-timeline>: a day slider with a histogram of reported strikes (histogram.js). While it is dragged it sets the `time` of
// its `targets` (elements with a `time` property: a <leaflet-map>, a <strike-list>), so scrubbing never waits for
// the server; it tells the server (event `timeline-change`) only when the value settles. The count sentence is the
// server's templates, filled with the same day rule the map uses (time-filter.js's stateAt: on record or possible).
// Limits: whole days, a range of a few years.
import { POSSIBLE, RECORD, stateAt } from '../leaflet-map/time-filter.js';
import { upgradeProperties } from '../leaflet-map/upgrade-properties.js';
import { dayLabel as label, toDays, toIso } from './days.js';
import { layerData } from '../leaflet-map/layer-data.js';
import { drawHistogram } from './histogram.js';

// A constructed style sheet, not a <style> element: the embed's Content-Security-Policy refuses inline styles.
const STYLE = new CSSStyleSheet();
STYLE.replaceSync(`
  :host { display: block; font-size: var(--lumo-font-size-s, 14px); color: var(--lumo-body-text-color, #1a1a1a); }
  .row { display: flex; align-items: center; gap: 0.75rem; }
  .track { flex: 1; min-width: 0; }
  .histogram { position: relative; height: 40px; margin: 0 0 2px; }
  .histogram span { position: absolute; box-sizing: border-box; cursor: default; }
  .histogram .bar { bottom: 0; background: var(--sm-mark, #d9480f); border-radius: 1px 1px 0 0; z-index: 1; }
  .histogram .strip { background: var(--sm-mark, #d9480f); opacity: 0.35; border-bottom: 1px solid #fff; border-radius: 2px; }
  .histogram span:hover, .histogram span:focus-visible { opacity: 1; outline: 2px solid var(--lumo-primary-color, #1c7ed6); outline-offset: 1px; z-index: 2; }
  .past { fill: rgba(0, 0, 0, 0.04); }
  input[type=range] { width: 100%; margin: 0; accent-color: var(--sm-mark, #d9480f); height: 22px; cursor: pointer; }
  @media (pointer: coarse) { input[type=range] { height: 44px; } }
  input[type=range]:focus-visible { outline: 3px solid var(--lumo-primary-color, #1c7ed6); outline-offset: 2px; }
  .ticks { display: grid; grid-template-columns: auto 1fr auto; gap: 6px; align-items: baseline; text-align: center;
    color: var(--lumo-secondary-text-color, #555); font-size: 12px; }
  @media (max-width: 420px) { .ticks { font-size: 11px; gap: 4px; } .current { font-size: 13px !important; } }
  .announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .current { font-weight: 700; color: var(--lumo-body-text-color, #1a1a1a); font-size: 14px; }
  .foot { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1rem; margin-top: 2px; }
  .count { color: var(--lumo-body-text-color, #1a1a1a); }
  button { font: inherit; min-width: 44px; min-height: 44px; border-radius: 6px; border: 1px solid #adb5bd;
    background: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid var(--lumo-primary-color, #1c7ed6); outline-offset: 2px; }
  .legend { color: var(--lumo-secondary-text-color, #555); font-size: 12px; }
  .legend i { display: inline-block; width: 10px; height: 10px; vertical-align: -1px; margin: 0 3px 0 8px; background: var(--sm-mark, #d9480f); }
  .legend i.v { opacity: 0.22; }
`);

const TEMPLATE = document.createElement('template');
TEMPLATE.innerHTML = `
<div class="row">
  <button part="play" id="play" type="button" aria-label="Play the timeline">▶</button>
  <button part="speed" id="speed" type="button" aria-label="Playback speed 1×">1×</button>
  <div class="track">
    <div id="histogram" class="histogram"></div>
    <input id="slider" type="range" step="1" aria-label="Timeline: attacks up to" aria-describedby="count">
    <div class="ticks"><span id="start"></span><span class="current" id="current"></span><span id="end"></span></div>
    <span class="announce" id="announce" aria-live="polite"></span>
  </div>
</div>
<div class="foot"><span class="count" id="count"></span><span class="legend"><i></i>dated to the day<i class="v"></i>span of a vague date</span></div>
`;

const STEP_MS = 150;
const DWELL_MS = 1200;
const SPEEDS = [1, 2, 4];

/** What the histogram and the count need of a strike feature: when it shows and is on record, its span, whether it counts. */
function itemOf(p) {
  return { id: String(p.id), place: p.place, dateLabel: p.dateLabel, visibleFrom: p.visibleFrom,
    onRecordFrom: p.onRecordFrom ?? null, from: p.dateFrom, to: p.dateTo, exact: !p.faded, counted: p.counted };
}

class StrikeTimeline extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(TEMPLATE.content.cloneNode(true));
    this.shadowRoot.adoptedStyleSheets = [STYLE];
    this._slider = this.shadowRoot.getElementById('slider');
    this._slider.addEventListener('input', () => this._onInput());
    this._slider.addEventListener('change', () => this._settle());
    this._slider.addEventListener('keydown', (event) => this._onKey(event));
    this.shadowRoot.getElementById('play').addEventListener('click', () => this._togglePlay());
    this.shadowRoot.getElementById('speed').addEventListener('click', () => this._nextSpeed());
    this._speed = 1;
    this._state = { start: '', end: '', value: '', items: [], unlocated: 0, countTemplate: '', possibleTemplate: '',
      unlocatedTemplate: '' };
  }

  connectedCallback() {
    upgradeProperties(this, ['start', 'end', 'value', 'src', 'unlocated', 'countTemplate', 'possibleTemplate', 'unlocatedTemplate',
      'targets']);
    this._render();
  }

  disconnectedCallback() {
    this._stop(false);
  }

  get start() { return this._state.start; }
  set start(v) { this._state.start = v; this._render(); }
  get end() { return this._state.end; }
  set end(v) { this._state.end = v; this._render(); }
  get value() { return this._state.value; }
  set value(v) { this._state.value = v; this._render(); }
  /** URL of the strikes layer (GeoJSON): the histogram and the count are made of its features. */
  get src() { return this._state.src; }
  set src(url) {
    this._state.src = url;
    layerData(url).then((data) => {
      if (this._state.src === url) {
        this._state.items = data.features.map((f) => itemOf(f.properties));
        this._render();
      }
    }, (error) => console.error('strike-timeline: the strikes could not be loaded', error));
  }
  get unlocated() { return this._state.unlocated; }
  set unlocated(v) { this._state.unlocated = Number(v) || 0; this._render(); }
  /** "{shown} of {total} …" and "; {unlocated} more …": the server's wording of the count. */
  get countTemplate() { return this._state.countTemplate; }
  set countTemplate(v) { this._state.countTemplate = v || ''; this._render(); }
  /** ", up to {possible} more possible": added when some attacks may have happened but are not yet on record. */
  get possibleTemplate() { return this._state.possibleTemplate; }
  set possibleTemplate(v) { this._state.possibleTemplate = v || ''; this._render(); }
  get unlocatedTemplate() { return this._state.unlocatedTemplate; }
  set unlocatedTemplate(v) { this._state.unlocatedTemplate = v || ''; this._render(); }
  /** The elements whose `time` the slider drives while it moves (a map, a list). */
  get targets() { return this._targets || []; }
  set targets(elements) { this._targets = elements || []; }

  _render() {
    const { start, end } = this._state;
    if (!start || !end) {
      return;
    }
    const first = toDays(start);
    const last = toDays(end);
    this._slider.min = '0';
    this._slider.max = String(last - first);
    const value = this._state.value || end;
    this._slider.value = String(Math.min(Math.max(toDays(value) - first, 0), last - first));
    this.shadowRoot.getElementById('start').textContent = label(start);
    this.shadowRoot.getElementById('end').textContent = label(end);
    this._drawHistogram();
    this._showValue(value);
  }

  _drawHistogram() {
    drawHistogram(this.shadowRoot.getElementById('histogram'), this._state.items, this._state.start, this._state.end,
      (ids) => {
        for (const target of this.targets) {
          if ('highlighted' in target) {
            target.highlighted = ids;
          }
        }
      });
  }

  _current() {
    return toIso(toDays(this._state.start) + Number(this._slider.value));
  }

  _onInput() {
    const value = this._current();
    this._state.value = value;
    this._showValue(value);
    for (const target of this.targets) {
      target.time = value;
    }
  }

  // PageUp and PageDown move a week (Home, End and the arrows are the range input's own); Space plays or pauses.
  _onKey(event) {
    const week = { PageUp: 7, PageDown: -7 }[event.key];
    if (week) {
      event.preventDefault();
      const next = Math.min(Math.max(Number(this._slider.value) + week, 0), Number(this._slider.max));
      this._slider.value = String(next);
      this._onInput();
      this._settle();
    } else if (event.key === ' ') {
      event.preventDefault();
      this._togglePlay();
    }
  }

  // A screen reader hears the day and its counts once the slider settles, not at every step of a drag.
  _settle() {
    this.shadowRoot.getElementById('announce').textContent = this._slider.getAttribute('aria-valuetext') || '';
    this.dispatchEvent(new CustomEvent('timeline-change', { detail: { value: this._current() } }));
  }

  _showValue(value) {
    this.shadowRoot.getElementById('current').textContent = `Up to ${label(value)}`;
    const items = this._state.items.filter((item) => item.counted);
    const states = items.map((item) => stateAt(item.visibleFrom, item.onRecordFrom, value));
    const record = states.filter((state) => state === RECORD).length;
    const possible = states.filter((state) => state === POSSIBLE).length;
    let text = this._state.countTemplate.replace('{record}', String(record)).replace('{total}', String(items.length));
    if (possible > 0) {
      text += this._state.possibleTemplate.replace('{possible}', String(possible));
    }
    if (this._state.unlocated > 0) {
      text += this._state.unlocatedTemplate.replace('{unlocated}', String(this._state.unlocated));
    }
    this.shadowRoot.getElementById('count').textContent = text;
    this._slider.setAttribute('aria-valuetext', `Up to ${label(value)}: ${text}`);
  }

  // Playback moves a day per step and dwells on the days where a strike appears or comes on record, so the
  // reader sees each change; the speed divides both.
  _togglePlay() {
    if (this._timer) {
      this._stop(false);
      return;
    }
    if (Number(this._slider.value) >= Number(this._slider.max)) {
      this._slider.value = '0';
      this._onInput();
    }
    const changes = new Set(this._state.items.flatMap((item) => [item.visibleFrom, item.onRecordFrom]).filter(Boolean));
    this.shadowRoot.getElementById('play').textContent = '❚❚';
    this.shadowRoot.getElementById('play').setAttribute('aria-label', 'Pause the timeline');
    const tick = () => {
      if (Number(this._slider.value) >= Number(this._slider.max)) {
        this._stop(true);
        return;
      }
      this._slider.value = String(Number(this._slider.value) + 1);
      this._onInput();
      this._timer = setTimeout(tick, (changes.has(this._current()) ? DWELL_MS : STEP_MS) / this._speed);
    };
    this._timer = setTimeout(tick, STEP_MS / this._speed);
  }

  _nextSpeed() {
    this._speed = SPEEDS[(SPEEDS.indexOf(this._speed) + 1) % SPEEDS.length];
    const speed = this.shadowRoot.getElementById('speed');
    speed.textContent = `${this._speed}×`;
    speed.setAttribute('aria-label', `Playback speed ${this._speed}×`);
  }

  /** Stops playback; at the end of the period it says what the whole period shows. */
  _stop(atEnd) {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
      this.shadowRoot.getElementById('play').textContent = '▶';
      this.shadowRoot.getElementById('play').setAttribute('aria-label', 'Play the timeline');
      this._settle();
      if (atEnd) {
        this.shadowRoot.getElementById('current').textContent = `Whole period, up to ${label(this._current())}`;
        this.shadowRoot.getElementById('announce').textContent = `End of the period. ${this._slider.getAttribute('aria-valuetext')}`;
      }
    }
  }
}

customElements.define('strike-timeline', StrikeTimeline);

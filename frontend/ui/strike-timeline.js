// <strike-timeline>: a day slider with a histogram of reported strikes (histogram.js), in one of two modes: "up to a
// day" (one handle, cumulative) or a from–to window (two handles, `from` and `to`, which cannot cross). While a
// handle is dragged it sets the `time` of its `targets` (elements with a `time` property: a <leaflet-map>, a
// <strike-list>; a day, or "from/to" for a window), so scrubbing never waits for the server; it tells the server
// (event `timeline-change`) only when the value settles. The count sentence is the server's templates, filled by
// the one time rule the map uses (count-text.js, time-filter.js), kept step by step (timeline-counts.js).
// Limits: whole days, a range of a few years.
import { countsAt } from './timeline-counts.js';
import { upgradeProperties } from '../leaflet-map/upgrade-properties.js';
import { dayLabel as label, timeLabel, toDays, toIso } from './days.js';
import { layerData } from '../leaflet-map/layer-data.js';
import { drawHistogram } from './histogram.js';
import { countText, templatesOf } from './count-text.js';
import { STYLE, TEMPLATE } from './strike-timeline-template.js';
import { word } from './words.js';

export const MODE_DAY = 'day';
export const MODE_WINDOW = 'window';

const STEP_MS = 150;
const DWELL_MS = 1200;
const SPEEDS = [1, 2, 4];
const TEMPLATES = ['countTemplate', 'possibleTemplate', 'unlocatedTemplate', 'windowCountTemplate', 'windowPossibleTemplate'];

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
    const $ = (id) => this.shadowRoot.getElementById(id);
    this._slider = $('slider');
    this._from = $('from');
    this._to = $('to');
    this._slider.setAttribute('aria-label', word('js.timeline.slider'));
    this._from.setAttribute('aria-label', word('js.timeline.from'));
    this._to.setAttribute('aria-label', word('js.timeline.to'));
    $('modes').setAttribute('aria-label', word('js.timeline.modes'));
    $('play').setAttribute('aria-label', word('js.timeline.play'));
    $('speed').setAttribute('aria-label', word('js.timeline.speed', { speed: 1 }));
    $('dated').textContent = word('js.timeline.dated');
    $('vague').textContent = word('js.timeline.vague');
    $('mode-day').textContent = word('js.timeline.modeDay');
    $('mode-window').textContent = word('js.timeline.modeWindow');
    $('mode-day').addEventListener('click', () => this._switchMode(MODE_DAY));
    $('mode-window').addEventListener('click', () => this._switchMode(MODE_WINDOW));
    for (const input of [this._slider, this._from, this._to]) {
      input.addEventListener('input', () => this._onInput(input));
      input.addEventListener('change', () => this._settle());
      input.addEventListener('keydown', (event) => this._onKey(event, input));
    }
    $('play').addEventListener('click', () => this._togglePlay());
    $('speed').addEventListener('click', () => this._nextSpeed());
    this._speed = 1;
    this._state = { start: '', end: '', value: '', mode: MODE_DAY, from: '', to: '', items: [], unlocated: 0 };
    for (const name of TEMPLATES) {
      this._state[name] = '';
    }
  }

  connectedCallback() {
    upgradeProperties(this, ['start', 'end', 'value', 'mode', 'from', 'to', 'src', 'unlocated', ...TEMPLATES, 'targets']);
    this._render();
  }

  disconnectedCallback() {
    this._stop(false);
  }

  get start() { return this._state.start; }
  set start(v) { this._state.start = v; this._render(); }
  get end() { return this._state.end; }
  set end(v) { this._state.end = v; this._render(); }
  /** The day of the "up to a day" mode. */
  get value() { return this._state.value; }
  set value(v) { this._state.value = v; this._render(); }
  /** 'day' (up to a day) or 'window' (from–to). */
  get mode() { return this._state.mode; }
  set mode(v) { this._state.mode = v === MODE_WINDOW ? MODE_WINDOW : MODE_DAY; this._render(); }
  /** The window's first and last days (window mode). */
  get from() { return this._state.from; }
  set from(v) { this._state.from = v || ''; this._render(); }
  get to() { return this._state.to; }
  set to(v) { this._state.to = v || ''; this._render(); }
  /** What the targets' `time` is: the day, or "from/to" in window mode. */
  get time() {
    return this._state.mode === MODE_WINDOW ? `${this._day(this._from)}/${this._day(this._to)}` : this._day(this._slider);
  }
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
  /** The elements whose `time` the slider drives while it moves (a map, a list). */
  get targets() { return this._targets || []; }
  set targets(elements) { this._targets = elements || []; }

  _render() {
    const { start, end, mode } = this._state;
    if (!start || !end) {
      return;
    }
    const span = toDays(end) - toDays(start);
    for (const input of [this._slider, this._from, this._to]) {
      input.min = '0';
      input.max = String(span);
    }
    this._place(this._slider, this._state.value || end);
    this._place(this._from, this._state.from || start);
    this._place(this._to, this._state.to || this._state.value || end);
    if (Number(this._from.value) > Number(this._to.value)) {
      this._from.value = this._to.value;
    }
    const window = mode === MODE_WINDOW;
    this._slider.hidden = window;
    this.shadowRoot.getElementById('dual').hidden = !window;
    this.shadowRoot.getElementById('before').hidden = !window;
    this.shadowRoot.getElementById('after').hidden = !window;
    this.shadowRoot.getElementById('mode-day').setAttribute('aria-pressed', String(!window));
    this.shadowRoot.getElementById('mode-window').setAttribute('aria-pressed', String(window));
    this.shadowRoot.getElementById('start').textContent = label(start);
    this.shadowRoot.getElementById('end').textContent = label(end);
    this._drawHistogram();
    this._showValue();
  }

  _place(input, day) {
    input.value = String(Math.min(Math.max(toDays(day) - toDays(this._state.start), 0), Number(input.max)));
  }

  _day(input) {
    return toIso(toDays(this._state.start) + Number(input.value));
  }

  _drawHistogram() {
    // _render runs on every property set; the histogram only changes with the strikes or the period.
    const { items, start, end } = this._state;
    if (this._drawn && this._drawn.items === items && this._drawn.start === start && this._drawn.end === end) {
      return;
    }
    this._drawn = { items, start, end };
    drawHistogram(this.shadowRoot.getElementById('histogram'), this._state.items, this._state.start, this._state.end,
      (ids) => {
        for (const target of this.targets) {
          if ('highlighted' in target) {
            target.highlighted = ids;
          }
        }
      });
  }

  // The handles cannot cross: the one moved stops at the other.
  _onInput(input) {
    if (input === this._from && Number(this._from.value) > Number(this._to.value)) {
      this._from.value = this._to.value;
    } else if (input === this._to && Number(this._to.value) < Number(this._from.value)) {
      this._to.value = this._from.value;
    }
    this._state.value = this._day(this._slider);
    this._state.from = this._day(this._from);
    this._state.to = this._day(this._to);
    this._showValue();
    const time = this.time;
    for (const target of this.targets) {
      target.time = time;
    }
  }

  // PageUp and PageDown move a week (Home, End and the arrows are the range input's own); Space plays or pauses.
  _onKey(event, input) {
    const week = { PageUp: 7, PageDown: -7 }[event.key];
    if (week) {
      event.preventDefault();
      input.value = String(Math.min(Math.max(Number(input.value) + week, 0), Number(input.max)));
      this._onInput(input);
      this._settle();
    } else if (event.key === ' ') {
      event.preventDefault();
      this._togglePlay();
    }
  }

  // Switching keeps what the map shows where it can: "up to d" becomes the window from the period's start to d (the
  // same strikes, by the same rule), and a window becomes "up to" its last day.
  _switchMode(mode) {
    if (mode === this._state.mode) {
      return;
    }
    this._stop(false);
    if (mode === MODE_WINDOW) {
      const to = this._day(this._slider);
      this._state.to = to;
      this._state.from = this._state.from && this._state.from <= to ? this._state.from : this._state.start;
    } else {
      this._state.value = this._day(this._to);
    }
    this._state.mode = mode;
    this._render();
    this._onInput(this._slider);
    this._settle();
  }

  // A screen reader hears the day and its counts once the slider settles, not at every step of a drag.
  _settle() {
    const active = this._state.mode === MODE_WINDOW
      ? (this.shadowRoot.activeElement === this._from ? this._from : this._to) : this._slider;
    this.shadowRoot.getElementById('announce').textContent = active.getAttribute('aria-valuetext') || '';
    this.dispatchEvent(new CustomEvent('timeline-change', { detail: { value: this._day(this._slider),
      mode: this._state.mode, from: this._day(this._from), to: this._day(this._to), time: this.time } }));
  }

  _showValue() {
    const time = this.time;
    const window = this._state.mode === MODE_WINDOW;
    // countsAt follows the steps (the strikes whose state can change), not every strike at every step.
    const text = countText(templatesOf(this._state, false), { ...countsAt(this._state.items, time),
      unlocated: this._state.unlocated, time });
    this.shadowRoot.getElementById('count').textContent = text;
    const from = label(this._day(this._from));
    const to = label(this._day(this._to));
    this.shadowRoot.getElementById('current').textContent = window ? timeLabel(time) : word('js.timeline.upTo', { day: label(time) });
    this._slider.setAttribute('aria-valuetext', word('js.timeline.upToCount', { day: label(this._day(this._slider)), text }));
    this._from.setAttribute('aria-valuetext', word('js.timeline.fromCount', { day: from, to, text }));
    this._to.setAttribute('aria-valuetext', word('js.timeline.toCount', { day: to, from, text }));
    const max = Number(this._to.max) || 1;
    const left = `${(Number(this._from.value) / max) * 100}%`;
    const right = `${100 - (Number(this._to.value) / max) * 100}%`;
    Object.assign(this.shadowRoot.getElementById('range').style, { left, right });
    const days = max + 1;
    // The histogram outside the window is dimmed, so the window's days stand out.
    this.shadowRoot.getElementById('before').style.width = `${(Number(this._from.value) / days) * 100}%`;
    this.shadowRoot.getElementById('after').style.width = `${100 - ((Number(this._to.value) + 1) / days) * 100}%`;
    // Both handles at the far end: the "from" one must stay reachable by the pointer.
    this._from.style.zIndex = Number(this._from.value) >= max ? '2' : '1';
  }

  // Playback moves a day per step (the whole window, in window mode) and dwells on the days where a strike appears
  // or comes on record, so the reader sees each change; the speed divides both.
  _togglePlay() {
    if (this._timer) {
      this._stop(false);
      return;
    }
    const window = this._state.mode === MODE_WINDOW;
    const lead = window ? this._to : this._slider;
    if (Number(lead.value) >= Number(lead.max)) {
      if (window) {
        this._to.value = String(Number(this._to.value) - Number(this._from.value));
        this._from.value = '0';
      } else {
        this._slider.value = '0';
      }
      this._onInput(lead);
    }
    const changes = new Set(this._state.items.flatMap((item) => [item.visibleFrom, item.onRecordFrom]).filter(Boolean));
    this.shadowRoot.getElementById('play').textContent = '❚❚';
    this.shadowRoot.getElementById('play').setAttribute('aria-label', word('js.timeline.pause'));
    const tick = () => {
      if (Number(lead.value) >= Number(lead.max)) {
        this._stop(true);
        return;
      }
      for (const input of window ? [this._to, this._from] : [this._slider]) {
        input.value = String(Number(input.value) + 1);
      }
      this._onInput(lead);
      this._timer = setTimeout(tick, (changes.has(this._day(lead)) ? DWELL_MS : STEP_MS) / this._speed);
    };
    this._timer = setTimeout(tick, STEP_MS / this._speed);
  }

  _nextSpeed() {
    this._speed = SPEEDS[(SPEEDS.indexOf(this._speed) + 1) % SPEEDS.length];
    const speed = this.shadowRoot.getElementById('speed');
    speed.textContent = `${this._speed}×`;
    speed.setAttribute('aria-label', word('js.timeline.speed', { speed: this._speed }));
  }

  /** Stops playback; at the end of the period it says what the whole period (or the last window) shows. */
  _stop(atEnd) {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
      this.shadowRoot.getElementById('play').textContent = '▶';
      this.shadowRoot.getElementById('play').setAttribute('aria-label', word('js.timeline.play'));
      this._settle();
      if (atEnd) {
        const window = this._state.mode === MODE_WINDOW;
        this.shadowRoot.getElementById('current').textContent = window ? word('js.timeline.windowEnd', { window: timeLabel(this.time) })
          : word('js.timeline.wholePeriod', { day: label(this._day(this._slider)) });
        const valueText = (window ? this._to : this._slider).getAttribute('aria-valuetext');
        this.shadowRoot.getElementById('announce').textContent = word('js.timeline.end', { text: valueText });
      }
    }
  }
}

for (const name of TEMPLATES) {
  Object.defineProperty(StrikeTimeline.prototype, name, {
    get() { return this._state[name]; },
    set(value) { this._state[name] = value || ''; this._render(); },
  });
}

customElements.define('strike-timeline', StrikeTimeline);

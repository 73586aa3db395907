// <strike-legend>: the key to a map's marks and shading, with switches for layers (e.g. range rings). Rendered in
// the browser from small configs the server sends, marks drawn by <lm-symbol> (the map's own symbol code).
// A switch sets its `target` map's hiddenLayers directly: showing or hiding a layer needs no server.
// The key folds into a button wherever it would cover the map's content (the target's fitted bounds on screen),
// decided again whenever the map's view or the window changes; the button opens it, × or Escape closes it.
// Limits: light DOM (the page's CSS styles it); switches own the layers they name.
import '../leaflet-map/symbols.js';
import './strike-legend.css';
import { upgradeProperties } from '../leaflet-map/upgrade-properties.js';
import { word } from './words.js';
import { clusterPainter } from '../leaflet-map/cluster-glyph.js';

// The fold's own words, in the page's language (words.js).
const labels = () => ({ toggle: word('js.legend.toggle'), close: word('js.legend.close') });

class StrikeLegend extends HTMLElement {
  constructor() {
    super();
    this._labels = labels();
    this._refit = () => this._fit();
    this._rerender = () => this._render();
    this._state = { entries: [], swatches: [], shadingLabel: '', possibleSwatch: '', possibleLabel: '', switches: [] };
    this._off = new Set();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.hasAttribute('open')) {
        event.stopPropagation();
        this._setOpen(false);
      }
    });
  }

  connectedCallback() {
    upgradeProperties(this, ['entries', 'swatches', 'shadingLabel', 'possibleSwatch', 'possibleLabel', 'switches', 'target',
      'labels']);
    this.setAttribute('role', 'group');
    window.addEventListener('resize', this._refit);
    this._render();
  }

  disconnectedCallback() {
    window.removeEventListener('resize', this._refit);
  }

  /** The toggle's and close button's words, for other languages. */
  get labels() { return this._labels; }
  set labels(value) { this._labels = { ...labels(), ...(value || {}) }; this._render(); }

  /** True while the key is folded into its button. */
  get folded() { return this.hasAttribute('folded'); }

  /** [{symbol, faded, possible, text}] */
  get entries() { return this._state.entries; }
  set entries(v) { this._state.entries = v || []; this._render(); }
  /** [colour], lightest first, and the text that reads them. */
  get swatches() { return this._state.swatches; }
  set swatches(v) { this._state.swatches = v || []; this._render(); }
  get shadingLabel() { return this._state.shadingLabel; }
  set shadingLabel(v) { this._state.shadingLabel = v || ''; this._render(); }
  /** The shading's second tone (attacks possible, none on record) and its words. */
  get possibleSwatch() { return this._state.possibleSwatch; }
  set possibleSwatch(v) { this._state.possibleSwatch = v || ''; this._render(); }
  get possibleLabel() { return this._state.possibleLabel; }
  set possibleLabel(v) { this._state.possibleLabel = v || ''; this._render(); }
  /** [{label, layers: [layer id]}], each on at first. */
  get switches() { return this._state.switches; }
  set switches(v) { this._state.switches = v || []; this._render(); }
  /** The map whose layers the switches show and hide. */
  get target() { return this._target; }
  set target(element) {
    this._target?.removeEventListener('leaflet-view', this._refit);
    this._target?.removeEventListener('leaflet-clusters', this._rerender);
    this._target = element || null;
    this._target?.addEventListener('leaflet-view', this._refit);
    this._target?.addEventListener('leaflet-clusters', this._rerender);
    this._apply();
    this._fit();
  }

  // Unfolded, would the key cover the map's content? Measured unfolded in the same frame, so nothing flickers.
  _fit() {
    const content = this._target?.contentRect?.();
    if (!content || !this.isConnected) {
      return;
    }
    const wasFolded = this.folded;
    this.removeAttribute('folded');
    const box = this.getBoundingClientRect();
    const covers = box.width > 0 && box.left < content.right && content.left < box.right && box.top < content.bottom
      && content.top < box.bottom;
    this.toggleAttribute('folded', covers);
    if (covers && !wasFolded) {
      this._setOpen(false);
    }
  }

  _setOpen(open) {
    this.toggleAttribute('open', open);
    this._toggle?.setAttribute('aria-expanded', String(open));
    if (open) {
      // Opened upward from its button: no taller than the map above it (a phone's map is short), scrolling within.
      const body = this.querySelector('.sm-legend-body');
      const top = this._target?.getBoundingClientRect().top;
      if (body && top !== undefined) {
        body.style.maxHeight = `${Math.max(120, this.getBoundingClientRect().bottom - top - 8)}px`;
      }
      this._close?.focus();
    } else if (this.contains(document.activeElement)) {
      this._toggle?.focus();
    }
  }

  _render() {
    if (!this.isConnected) {
      return;
    }
    const body = document.createElement('div');
    body.className = 'sm-legend-body';
    body.id = `${this.id || 'sm-legend'}-body`;
    this._toggle = document.createElement('button');
    this._toggle.type = 'button';
    this._toggle.className = 'sm-legend-toggle';
    this._toggle.textContent = this._labels.toggle;
    this._toggle.setAttribute('aria-controls', body.id);
    this._toggle.setAttribute('aria-expanded', String(this.hasAttribute('open')));
    this._toggle.addEventListener('click', () => this._setOpen(!this.hasAttribute('open')));
    this._close = document.createElement('button');
    this._close.type = 'button';
    this._close.className = 'sm-legend-close';
    this._close.textContent = '×';
    this._close.setAttribute('aria-label', this._labels.close);
    this._close.addEventListener('click', () => this._setOpen(false));
    this.replaceChildren(this._toggle, body);
    body.appendChild(this._close);
    const rows = body;
    for (const entry of this._state.entries) {
      const symbol = document.createElement('lm-symbol');
      symbol.setAttribute('name', entry.symbol);
      symbol.setAttribute('faded', String(!!entry.faded));
      symbol.setAttribute('possible', String(!!entry.possible));
      symbol.setAttribute('aria-hidden', 'true');
      rows.appendChild(this._row(symbol, entry.text));
    }
    if (this._target?.clustered) {
      rows.appendChild(this._row(circleSwatch(this._target), word('js.legend.circles')));
    }
    if (this._state.swatches.length) {
      const swatches = document.createElement('span');
      swatches.className = 'sm-swatches';
      for (const colour of this._state.swatches) {
        const swatch = document.createElement('span');
        swatch.className = 'sm-swatch';
        swatch.style.background = colour;
        swatches.appendChild(swatch);
      }
      rows.appendChild(this._row(swatches, this._state.shadingLabel));
    }
    if (this._state.possibleSwatch) {
      const swatch = document.createElement('span');
      swatch.className = 'sm-swatch sm-swatch-possible';
      swatch.style.background = this._state.possibleSwatch;
      rows.appendChild(this._row(swatch, this._state.possibleLabel));
    }
    this._state.switches.forEach((entry, index) => {
      const label = document.createElement('label');
      label.className = 'sm-legend-row sm-legend-switch';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !this._off.has(index);
      box.addEventListener('change', () => {
        if (box.checked) {
          this._off.delete(index);
        } else {
          this._off.add(index);
        }
        this._apply();
      });
      const text = document.createElement('span');
      text.textContent = entry.label;
      label.append(box, text);
      rows.appendChild(label);
    });
    this._fit();
  }

  _row(mark, text) {
    const row = document.createElement('div');
    row.className = 'sm-legend-row';
    const span = document.createElement('span');
    span.textContent = text;
    row.append(mark, span);
    return row;
  }

  _apply() {
    if (!this._target) {
      return;
    }
    const mine = new Set(this._state.switches.flatMap((s) => s.layers));
    const others = (this._target.hiddenLayers || '').split(',').filter((id) => id && !mine.has(id));
    const hidden = [...this._off].flatMap((index) => this._state.switches[index]?.layers || []);
    this._target.hiddenLayers = [...others, ...hidden].join(',');
  }
}

customElements.define('strike-legend', StrikeLegend);

// The map's own numbered circle (12 on record, 3 more possible), painted as the map paints it.
function circleSwatch(map) {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = 36 * ratio;
  canvas.height = 38 * ratio;
  canvas.className = 'sm-circle-swatch';
  canvas.setAttribute('aria-hidden', 'true');
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  clusterPainter(map).paint(context, 18, 16, 12, 3);
  return canvas;
}

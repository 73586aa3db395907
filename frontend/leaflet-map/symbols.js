// SVG marks for point features: what a mark's shape says is part of the map's meaning (precision, status),
// so shapes differ, not only colours. <lm-symbol name="ring" faded possible> draws the same mark outside the map
// (legends, lists) at the size the page's --lm-symbol-size says; `possible` draws its ghost. Limits: a fixed set of
// shapes, sized in CSS pixels.
import './leaflet-map.css';

const SHAPES = {
  dot: (s) => `<circle cx="${s / 2}" cy="${s / 2}" r="${s / 2 - 2}" class="lm-fill lm-stroke-white"/>`,
  ring: (s) => `<circle cx="${s / 2}" cy="${s / 2}" r="${s / 2 - 2.5}" class="lm-hollow"/>`,
  diamond: (s) => `<path d="M${s / 2} 1.5 L${s - 1.5} ${s / 2} L${s / 2} ${s - 1.5} L1.5 ${s / 2} Z" class="lm-dashed"/>`,
  triangle: (s) => `<path d="M${s / 2} 1.5 L${s - 1.5} ${s - 2} L1.5 ${s - 2} Z" class="lm-dark"/>`,
};

/** Markup of one mark; unknown names fall back to a dot so a typo never hides a feature. */
export function symbolSvg(name, size) {
  const shape = SHAPES[name] || SHAPES.dot;
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${shape(size)}</svg>`;
}

// Read once from the page (the property is set on its root before any key or list is drawn): asking every symbol's
// computed style would cost a style recalculation per row of a list at every step of the timeline.
let symbolSize = NaN;

class SymbolElement extends HTMLElement {
  static get observedAttributes() { return ['name', 'faded', 'possible']; }

  connectedCallback() { this._render(); }

  attributeChangedCallback() { this._render(); }

  _render() {
    if (!this.isConnected) {
      return;
    }
    if (Number.isNaN(symbolSize)) {
      symbolSize = parseFloat(getComputedStyle(this).getPropertyValue('--lm-symbol-size'));
    }
    const name = this.getAttribute('name') || 'dot';
    const faded = this.getAttribute('faded') === 'true' || this.getAttribute('faded') === '';
    const possible = this.getAttribute('possible') === 'true' || this.getAttribute('possible') === '';
    this.className = `lm-mark lm-symbol lm-mark-${name}${faded ? ' lm-faded' : ''}${possible ? ' lm-possible' : ''}`;
    this.innerHTML = Number.isNaN(symbolSize) ? '' : symbolSvg(name, symbolSize);
  }
}

if (!customElements.get('lm-symbol')) {
  customElements.define('lm-symbol', SymbolElement);
}

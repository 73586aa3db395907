// <strike-card>: one strike as the reports give it — when and where with how exact each is, every claim with who
// made it and the report's own sentence, and the sources — read from the strikes layer's feature properties, so the
// full page and the embed show the same card. Text is only ever set as text, never parsed as HTML. Fires
// `strike-close` when the reader closes it (button or Escape). Limits: light DOM, styled by the page's CSS.
import { layerData } from '../leaflet-map/layer-data.js';
import { upgradeProperties } from '../leaflet-map/upgrade-properties.js';
import { pageLanguage, word } from './words.js';
import './strike-card.css';

// Headings and fixed phrases in the page's language (words.js); the `labels` property may replace any of them.
function defaultLabels() {
  return {
    close: word('js.card.close'),
    region: word('js.card.region'),
    missile: word('js.card.missile'),
    figures: word('js.card.figures'),
    dating: word('js.card.dating'),
    reported: word('js.card.reported'),
    sources: word('js.card.sources'),
    investigation: word('js.card.investigation'),
    noHeadline: word('js.card.noHeadline'),
    report: word('js.card.report'),
    inOriginal: word('js.inEnglish'),
  };
}

const SECTIONS = [
  ['missile', (kind) => kind === 'missile-type'],
  ['figures', (kind) => kind !== 'missile-type' && kind !== 'date'],
  ['dating', (kind) => kind === 'date'],
];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

function visible(element) {
  return Boolean(element && element.isConnected && element.getClientRects().length);
}

// A modal dialog is open over the page (focus may be inside it, or still on the button that opened it).
function inModal(event) {
  const modal = (node) => node.getAttribute?.('aria-modal') === 'true' || node.localName === 'vaadin-dialog';
  return event.composedPath().some(modal)
    || Boolean(document.querySelector('vaadin-dialog[opened]'));
}

class StrikeCard extends HTMLElement {
  constructor() {
    super();
    this._state = { src: '', strike: '', labels: defaultLabels() };
    this._onKey = (event) => {
      // Escape closes the topmost thing first: a dialog or menu open over the card takes it, not the card.
      if (event.key === 'Escape' && this._feature && !event.defaultPrevented && !inModal(event)) {
        this._close();
      }
    };
  }

  connectedCallback() {
    upgradeProperties(this, ['src', 'strike', 'labels']);
    document.addEventListener('keydown', this._onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this._onKey);
  }

  /** The strikes layer (GeoJSON URL) whose features carry the card's text. */
  get src() { return this._state.src; }
  set src(url) {
    this._state.src = url || '';
    this._features = null;
    if (url) {
      layerData(url).then((data) => {
        if (this._state.src === url) {
          this._features = new Map(data.features.map((f) => [String(f.id ?? f.properties.id), f.properties]));
          this._render();
        }
      });
    }
  }

  /** Id of the strike shown; empty shows nothing. */
  get strike() { return this._state.strike; }
  set strike(id) {
    const before = this._state.strike;
    this._state.strike = id || '';
    if (id && id !== before) {
      this._opener = visible(document.activeElement) ? document.activeElement : null;
    }
    this._render();
    if (id && id !== before) {
      this._takeFocus();
    } else if (!id && before) {
      this._returnFocus(before);
    }
  }

  /** Headings and fixed phrases, for other languages. */
  get labels() { return this._state.labels; }
  set labels(value) { this._state.labels = { ...defaultLabels(), ...(value || {}) }; this._render(); }

  /** The properties of the strike shown, or null while none is (or its layer is still loading). */
  get feature() { return this._feature || null; }

  // Opened from a row that the card replaces, focus would fall to the page: it goes to the card's title instead.
  _takeFocus() {
    const active = document.activeElement;
    if (!active || active === document.body || !visible(active)) {
      this.querySelector('.sm-details-title')?.focus({ preventScroll: false });
    }
  }

  // Closed, focus goes back to what opened the card, or else the strike's row or mark once the page shows them
  // again (on the full page the list comes back after a server round trip).
  // The reader's own close (Escape or ×) always sends focus back; a close by the timeline only when focus was lost.
  _returnFocus(id) {
    const opener = this._opener;
    const asked = this._closeAsked;
    this._opener = null;
    this._closeAsked = false;
    const deadline = performance.now() + 3000;
    const attempt = () => {
      const active = document.activeElement;
      if (!asked && active && active !== document.body && visible(active)) {
        return;
      }
      const target = [opener, document.querySelector(`strike-list [data-strike="${CSS.escape(id)}"]`),
        document.querySelector(`leaflet-map [data-feature-id="${CSS.escape(id)}"]`)].find((e) => e?.isConnected && visible(e));
      if (target) {
        target.focus();
      } else if (performance.now() < deadline) {
        requestAnimationFrame(attempt);
      }
    };
    attempt();
  }

  _close() {
    this._closeAsked = true;
    this.dispatchEvent(new CustomEvent('strike-close', { bubbles: true }));
  }

  _render() {
    const p = this._features?.get(this._state.strike) || null;
    this._feature = p;
    this.replaceChildren();
    this.hidden = !p;
    if (!p) {
      return;
    }
    const t = this._state.labels;
    this._quoteLang = p.quoteLang || 'en';
    const sources = new Map((p.sources || []).map((s) => [s.id, s]));
    // Readers meet outlets, not the dataset's report ids (those stay in the data download).
    const outlet = (id) => sources.get(id)?.outlet || t.report;

    const root = el('div', 'sm-details');
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', t.region);
    const close = el('button', 'sm-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t.close);
    close.addEventListener('click', () => this._close());
    const title = el('h2', 'sm-details-title', p.place);
    markLanguage(title, p.placeLang);
    title.tabIndex = -1;
    root.append(close, title,
      el('p', 'sm-when', p.when),
      el('p', 'sm-where', p.where));
    if (p.status === 'under-investigation') {
      root.append(el('span', 'sm-badge-investigation', t.investigation));
    }
    for (const [key, wanted] of SECTIONS) {
      const claims = (p.claims || []).filter((c) => wanted(c.kind));
      if (claims.length) {
        root.append(el('h3', null, t[key]), ...claims.map((c) => this._claim(c.text, c.by, outlet(c.source), c.quote)));
      }
    }
    root.append(el('h3', null, t.reported), this._claim(p.place, null, outlet(p.source), p.quote, false));
    if (p.note) {
      // The map's own note, in the page's language when the data gives it in that one.
      const note = el('p', 'sm-note', p.note);
      markLanguage(note, p.noteLang);
      root.append(note);
    }
    if (p.distanceNote) {
      root.append(el('p', 'sm-distance', p.distanceNote));
    }
    const list = el('ul');
    for (const s of p.sources || []) {
      const item = el('li');
      const headline = el('span', null, s.headline ? `“${s.headline}”` : t.noHeadline);
      if (s.headline) {
        headline.lang = this._quoteLang;
      }
      item.append(el('span', 'sm-source-outlet', s.outlet),
        document.createTextNode(' · '), headline, document.createTextNode(` · ${s.dateAsGiven}`));
      list.append(item);
    }
    const sourcesBlock = el('div', 'sm-sources');
    sourcesBlock.append(el('h3', null, t.sources), list);
    root.append(sourcesBlock);
    this.append(root);
  }

  // Figures, who said them and the quote stay in the reports' language, marked as such (lang, and a note when the
  // page speaks another). `figureIsReported`: false when the figure is the page's own words (the place).
  _claim(figure, by, source, quote, figureIsReported = true) {
    const claim = el('div', 'sm-claim');
    const head = el('div', 'sm-claim-head');
    const figureElement = el('span', 'sm-claim-figure', figure);
    if (figureIsReported) {
      figureElement.lang = this._quoteLang;
    }
    head.append(figureElement, document.createTextNode(' — '));
    if (by) {
      const byElement = el('span', 'sm-claim-by', by);
      if (figureIsReported) {
        byElement.lang = this._quoteLang;
      }
      head.append(byElement, document.createTextNode(', '));
    }
    head.append(el('span', 'sm-claim-source', source));
    // Shown as the report prints it: many quoted sentences open with quotation marks of their own.
    const quoteElement = el('div', 'sm-quote', quote);
    quoteElement.lang = this._quoteLang;
    const note = this._state.labels.inOriginal;
    if (note && this._quoteLang !== pageLanguage()) {
      head.append(document.createTextNode(' · '), el('span', 'sm-original-language', note));
    }
    claim.append(head, quoteElement);
    return claim;
  }
}

customElements.define('strike-card', StrikeCard);

/** Marks words of the map's data given in another language than the page's (the data's own language). */
function markLanguage(element, language) {
  if (language && language !== pageLanguage()) {
    element.lang = language;
  }
}

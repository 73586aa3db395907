// The sessionless embed: a static page whose setup (the server's MapSetup, written into the page as JSON) drives
// the same elements the full page uses — <leaflet-map>, <strike-legend>, <strike-timeline>, <strike-card> — wired
// here in the browser. No cookie, no session, no server state: every reader costs the server static files only.
// Address: ?date=YYYY-MM-DD or ?from=&to= (a window), &strike=<id>, kept up to date as the reader moves: opening or
// closing a strike pushes a history entry, a settled timeline replaces the current one, and Back and Forward
// restore the view. Limits: one map per page.
import '../leaflet-map/leaflet-map.js';
import '../ui/strike-legend.js';
import '../ui/strike-timeline.js';
import '../ui/strike-card.js';
import { layerData } from '../leaflet-map/layer-data.js';
import { NONE, stateAt } from '../leaflet-map/time-filter.js';
import { readAddress, timeOf, writeAddress } from './address.js';
import { echo } from './echo.js';
import { word } from '../ui/words.js';
import { postHeight } from './frame-height.js';
import './embed.css';

const setup = JSON.parse(document.getElementById('strikemap-setup').textContent);
// The map's colours and sizes (the server's map.MapStyle), before anything is drawn with them.
for (const [name, value] of Object.entries(setup.map.style || {})) {
  document.documentElement.style.setProperty(name, value);
}
const map = document.querySelector('leaflet-map');
const legend = document.querySelector('strike-legend');
const timeline = document.querySelector('strike-timeline');
const card = document.querySelector('strike-card');
const sheet = document.getElementById('sm-sheet');
const notice = document.getElementById('sm-notice');
const fullMap = document.getElementById('sm-full-map');

const refused = setup.texts.refused || [];
let state = readAddress(location.search, setup.timeline, setup.defaults || {}, setup.texts.echoLimit, refused);

map.bounds = setup.map.bounds;
map.attribution = setup.map.attribution;
map.tiles = setup.map.tiles || null;
map.wheelHint = setup.texts.wheelHint;
map.words = setup.map.words;
map.coveredBy = '#sm-sheet:not([hidden]), strike-legend';
map.layers = setup.map.layers;
Object.assign(legend, setup.map.legend);
legend.target = map;
Object.assign(timeline, {
  start: setup.timeline.start,
  end: setup.timeline.end,
  src: setup.timeline.src,
  unlocated: setup.timeline.unlocated,
  ...setup.timeline.templates,
  targets: [map],
});
showTime();
card.src = setup.timeline.src;

// The server's notices (a language or region it refused) first, then what the address's own reading found.
const notices = [...(setup.texts.notices || [])];
if (state.problem) {
  notices.push(word(`js.address.${state.problem.kind}`, state.problem.values));
}
if (notices.length) {
  notice.textContent = notices.join(' ');
  notice.hidden = false;
}

/** Sets the timeline and the map to the address's day or window. */
function showTime() {
  if (state.mode === 'window') {
    Object.assign(timeline, { from: state.from, to: state.to, mode: 'window' });
  } else {
    Object.assign(timeline, { value: state.day, mode: 'day' });
  }
  map.time = timeOf(state);
}

/** `step`: 'push' for a new history entry (a strike opened or closed), otherwise the current one is replaced. */
function render(step) {
  const open = Boolean(state.strike);
  card.strike = state.strike || '';
  sheet.hidden = !open;
  document.body.classList.toggle('sm-card-open', open);
  map.selected = open ? `${setup.strikes.layer}/${state.strike}` : '';
  reserveSheet();
  const query = writeAddress(state, setup.timeline.end);
  const address = query ? `?${query}` : location.pathname;
  if (step === 'push' && address !== `${location.search || location.pathname}`) {
    history.pushState(null, '', address);
  } else {
    history.replaceState(null, '', address);
  }
  if (fullMap) {
    fullMap.href = setup.fullMapUrl + (query ? `?${query}` : '');
  }
}

// The card covers the map's right side on wide frames: the map keeps its marks clear of it. On phones it is a sheet
// over the lower part of the screen, and the map measures what of it lies over the map itself (coveredBy).
function reserveSheet() {
  const wide = window.innerWidth > 640;
  map.padding = sheet.hidden || !wide ? null : { top: 8, right: sheet.offsetWidth + 16, bottom: 8, left: 8 };
}

function openStrike(id) {
  if (state.strike !== id) {
    state.strike = id;
    render('push');
  }
}

map.addEventListener('leaflet-feature-click', (event) => {
  if (event.detail.layerId === setup.strikes.layer) {
    openStrike(event.detail.featureId);
  }
});
card.addEventListener('strike-close', () => {
  const id = state.strike;
  state.strike = null;
  render('push');
  map.querySelector(`[data-feature-id="${CSS.escape(id || '')}"]`)?.focus();
});
timeline.addEventListener('timeline-change', (event) => {
  const { mode, value, from, to } = event.detail;
  Object.assign(state, { mode, day: value, from, to });
  map.time = timeOf(state);
  if (state.strike) {
    // A strike the day does not show yet cannot stay open: the map would claim more than the reports do.
    layerData(setup.timeline.src).then((data) => {
      const feature = data.features.find((f) => String(f.id ?? f.properties.id) === state.strike);
      const p = feature?.properties;
      if (!feature || stateAt(p[setup.strikes.visibleFromProperty], p[setup.strikes.onRecordFromProperty] ?? null, timeOf(state)) === NONE) {
        state.strike = null;
      }
      render();
    });
  } else {
    render();
  }
});
window.addEventListener('resize', reserveSheet);
// Back and Forward: the address is the view.
window.addEventListener('popstate', () => {
  state = readAddress(location.search, setup.timeline, setup.defaults || {}, setup.texts.echoLimit, refused);
  showTime();
  render();
});

// An unknown strike in the address is explained and ignored, once the strikes are known.
if (state.strike) {
  layerData(setup.timeline.src).then((data) => {
    if (!data.features.some((f) => String(f.id ?? f.properties.id) === state.strike)) {
      notice.textContent = [...notices, `${setup.texts.unknownStrike} (${echo(state.strike, setup.texts.echoLimit)})`]
        .join(' ');
      notice.hidden = false;
      state.strike = null;
    }
    render();
  });
}
render();
postHeight(document.body, setup.heightMessage);

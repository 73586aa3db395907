// The shadow DOM of <strike-timeline> (strike-timeline.js): its styles and elements. The mode switch and the handles
// get their words from the page's bundles (words.js). Limits: one layout for both modes; the element hides what a mode does not use.
// A constructed style sheet, not a <style> element: the embed's Content-Security-Policy refuses inline styles.
export const STYLE = new CSSStyleSheet();
STYLE.replaceSync(`
  :host { display: block; font-size: var(--lumo-font-size-s, 14px); color: var(--lumo-body-text-color, var(--sm-text)); }
  .row { display: flex; align-items: center; gap: 0.75rem; }
  .track { flex: 1; min-width: 0; }
  .histogram { position: relative; height: 40px; margin: 0 0 2px; }
  .histogram span { position: absolute; box-sizing: border-box; cursor: default; }
  .histogram .bar { bottom: 0; background: var(--sm-mark); border-radius: 1px 1px 0 0; z-index: 1; }
  .histogram .strip { background: var(--sm-mark); opacity: 0.35; border-bottom: 1px solid var(--sm-paper); border-radius: 2px; }
  .histogram span:hover, .histogram span:focus-visible { opacity: 1; outline: 2px solid var(--lumo-primary-color, var(--sm-focus)); outline-offset: 1px; z-index: 2; }
  input[type=range] { width: 100%; margin: 0; accent-color: var(--sm-mark); height: 22px; cursor: pointer; }
  @media (pointer: coarse) { input[type=range] { height: 44px; } }
  input[type=range]:focus-visible { outline: 3px solid var(--lumo-primary-color, var(--sm-focus)); outline-offset: 2px; }
  .ticks { display: grid; grid-template-columns: auto 1fr auto; gap: 6px; align-items: baseline; text-align: center;
    color: var(--lumo-secondary-text-color, var(--sm-secondary)); font-size: 12px; }
  @media (max-width: 420px) { .ticks { font-size: 11px; gap: 0 4px; grid-template-columns: auto auto; }
    .ticks #start { text-align: left; } .ticks #end { text-align: right; }
    .current { font-size: 13px !important; grid-column: 1 / -1; grid-row: 2; } }
  .announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .current { font-weight: 700; color: var(--lumo-body-text-color, var(--sm-text)); font-size: 14px; }
  .foot { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1rem; margin-top: 2px; }
  .count { color: var(--lumo-body-text-color, var(--sm-text)); }
  button { font: inherit; min-width: 44px; min-height: 44px; border-radius: 6px; border: 1px solid var(--sm-border);
    background: var(--sm-paper); cursor: pointer; }
  button:focus-visible { outline: 3px solid var(--lumo-primary-color, var(--sm-focus)); outline-offset: 2px; }
  .modes { display: inline-flex; border: 1px solid var(--sm-border); border-radius: 6px; overflow: hidden; align-self: center; }
  .modes button { border: 0; border-radius: 0; min-height: 30px; min-width: 0; padding: 0 10px; font-size: 13px; }
  @media (pointer: coarse) { .modes button { min-height: 44px; } }
  .modes button + button { border-left: 1px solid var(--sm-border); }
  .modes button[aria-pressed=true] { background: var(--sm-link); color: var(--sm-paper); font-weight: 600; }
  .histogram-frame { position: relative; }
  .outside { position: absolute; top: -2px; bottom: -2px; z-index: 3; pointer-events: none; background: var(--sm-dim); }
  #before { left: 0; border-right: 2px solid var(--lumo-primary-color, var(--sm-focus)); }
  #after { right: 0; border-left: 2px solid var(--lumo-primary-color, var(--sm-focus)); }
  .dual { position: relative; height: 22px; }
  @media (pointer: coarse) { .dual { height: 44px; } }
  .rail, .range { position: absolute; top: 50%; height: 6px; margin-top: -3px; border-radius: 3px; }
  .rail { left: 0; right: 0; background: var(--sm-line); }
  .range { background: var(--sm-mark); }
  .dual input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; background: none;
    -webkit-appearance: none; appearance: none; pointer-events: none; }
  .dual input::-webkit-slider-runnable-track { background: none; }
  .dual input::-webkit-slider-thumb { -webkit-appearance: none; pointer-events: auto; width: 18px; height: 18px;
    border-radius: 50%; background: var(--sm-mark); border: 2px solid var(--sm-paper); box-shadow: 0 0 0 1px var(--sm-muted); cursor: pointer; }
  .dual input::-moz-range-thumb { pointer-events: auto; width: 14px; height: 14px; border-radius: 50%;
    background: var(--sm-mark); border: 2px solid var(--sm-paper); box-shadow: 0 0 0 1px var(--sm-muted); cursor: pointer; }
  .dual input:focus-visible { outline: none; }
  .dual input:focus-visible::-webkit-slider-thumb { box-shadow: 0 0 0 3px var(--lumo-primary-color, var(--sm-focus)); }
  .dual input:focus-visible::-moz-range-thumb { box-shadow: 0 0 0 3px var(--lumo-primary-color, var(--sm-focus)); }
  [hidden] { display: none !important; }
  .legend { color: var(--lumo-secondary-text-color, var(--sm-secondary)); font-size: 12px; }
  .legend i { display: inline-block; width: 10px; height: 10px; vertical-align: -1px; margin: 0 3px 0 8px; background: var(--sm-mark); }
  .legend i.v { opacity: 0.22; }
`);

export const TEMPLATE = document.createElement('template');
TEMPLATE.innerHTML = `
<div class="row">
  <button part="play" id="play" type="button">▶</button>
  <button part="speed" id="speed" type="button">1×</button>
  <div class="track">
    <div class="histogram-frame"><div id="before" class="outside" hidden></div><div id="histogram" class="histogram"></div><div id="after" class="outside" hidden></div></div>
    <input id="slider" type="range" step="1" aria-describedby="count">
    <div id="dual" class="dual" hidden>
      <div class="rail"></div><div id="range" class="range"></div>
      <input id="from" type="range" step="1" aria-describedby="count">
      <input id="to" type="range" step="1" aria-describedby="count">
    </div>
    <div class="ticks"><span id="start"></span><span class="current" id="current"></span><span id="end"></span></div>
    <span class="announce" id="announce" aria-live="polite"></span>
  </div>
</div>
<div class="foot"><span class="count" id="count"></span>
  <span class="modes" id="modes" role="group"><button id="mode-day" type="button"></button><button id="mode-window" type="button"></button></span>
  <span class="legend"><i></i><span id="dated"></span><i class="v"></i><span id="vague"></span></span></div>
`;

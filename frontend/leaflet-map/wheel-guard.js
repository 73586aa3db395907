// Keeps the wheel for the page until the reader engages the map: a map framed in an article must not trap the
// scroll. Active while the element's `wheelHint` is non-empty; a wheel over the idle map shows the hint briefly.
// Limits: one guard per map; engaging means a click, a touch or focus inside the map.

const guarded = new WeakSet();

export function guardWheel(element, map, container) {
  if (!element.wheelHint) {
    map.scrollWheelZoom.enable();
    return;
  }
  map.scrollWheelZoom.disable();
  if (guarded.has(element)) {
    return;
  }
  guarded.add(element);
  const hint = document.createElement('div');
  hint.className = 'lm-wheel-hint';
  hint.setAttribute('aria-hidden', 'true');
  container.appendChild(hint);
  let timer;
  const engage = () => element.wheelHint && map.scrollWheelZoom.enable();
  container.addEventListener('mousedown', engage);
  container.addEventListener('focusin', engage);
  container.addEventListener('touchstart', engage, { passive: true });
  element.addEventListener('focusout', (event) => {
    if (element.wheelHint && !element.contains(event.relatedTarget)) {
      map.scrollWheelZoom.disable();
    }
  });
  container.addEventListener('wheel', () => {
    if (element.wheelHint && !map.scrollWheelZoom.enabled()) {
      hint.textContent = element.wheelHint;
      hint.classList.add('lm-shown');
      clearTimeout(timer);
      timer = setTimeout(() => hint.classList.remove('lm-shown'), 1600);
    }
  }, { passive: true });
}

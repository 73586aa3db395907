// Leaflet's tooltips and popups take HTML strings; everything from data must reach the page as text.

export function escapeText(text) {
  const span = document.createElement('span');
  span.textContent = text == null ? '' : String(text);
  return span.innerHTML;
}

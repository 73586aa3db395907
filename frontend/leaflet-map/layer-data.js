// Fetches a layer's GeoJSON once per page, however many maps or layers ask for the same URL; the browser's HTTP
// cache then shares it between pages (layer URLs are versioned, so the server lets them be cached for good).

const pending = new Map();

export function layerData(url) {
  if (!pending.has(url)) {
    // Default credentials, so the page's <link rel=preload as=fetch crossorigin> is used for this very request.
    const request = fetch(url).then((response) => {
      if (!response.ok) {
        throw new Error(`${url}: HTTP ${response.status}`);
      }
      return response.json();
    });
    // A failed fetch is forgotten, so a later sync may try again.
    request.catch(() => pending.delete(url));
    pending.set(url, request);
  }
  return pending.get(url);
}

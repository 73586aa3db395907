// The page's EN | UK links (a[data-lang]): just before one is followed (or hovered, focused, copied), its address
// becomes the page's current one with only `lang` changed, so switching keeps the day, the open strike and any other
// view parameter the page has written into its address since it loaded. Plain links otherwise: they reload the page.
function retarget(event) {
  const link = event.target instanceof Element ? event.target.closest('a[data-lang]') : null;
  if (link) {
    const params = new URLSearchParams(location.search);
    params.set('lang', link.dataset.lang);
    link.href = `${location.pathname}?${params}`;
  }
}

for (const type of ['click', 'auxclick', 'contextmenu', 'mouseover', 'focusin']) {
  document.addEventListener(type, retarget, true);
}

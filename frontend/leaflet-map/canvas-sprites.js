// One mark drawn into a small canvas (a sprite) so a canvas layer can stamp thousands of them: the geometry is the
// mark's own SVG (symbols.js), the paint is what the page's CSS computes for a hidden probe of that mark with the
// same classes (fill and its opacity, stroke, width, dashes, the faded opacity), so the canvas and the DOM marks cannot
// drift apart. Limits: circles and paths only (all symbols.js draws); the selected and highlighted looks (a scale and
// a glow in the page's --lm-shadow and --lm-focus colours) are approximated, not read from CSS filters.
const EMPHASIS = {
  '': { scale: 1, glow: null },
  selected: { scale: 1.35, glow: '--lm-shadow' },
  highlighted: { scale: 1, glow: '--lm-focus' },
};

/**
 * The paint the page's CSS gives a mark of these classes: `{opacity, shapes: [{shape, fill, stroke, width, dash}]}`,
 * read from a hidden probe of the mark's own SVG (`shape` is its element, for the geometry).
 */
export function probeLook(host, svgMarkup, className) {
  const probe = document.createElement('span');
  probe.className = className;
  probe.style.cssText = 'position:absolute;left:-9999px;top:0;visibility:hidden;pointer-events:none';
  probe.innerHTML = svgMarkup;
  host.appendChild(probe);
  const svg = probe.querySelector('svg');
  const opacity = Number(getComputedStyle(svg).opacity || 1);
  const shapes = [...svg.children].map((shape) => {
    const style = getComputedStyle(shape);
    const dash = style.strokeDasharray && style.strokeDasharray !== 'none'
      ? style.strokeDasharray.split(/[ ,]+/).map(parseFloat).filter((n) => !Number.isNaN(n)) : [];
    return { shape, fill: style.fill, fillOpacity: Number(style.fillOpacity || 1), stroke: style.stroke,
      width: parseFloat(style.strokeWidth), dash };
  });
  probe.remove();
  return { opacity, shapes };
}

/** `{image, half, extent}`: the sprite and where to put it (its top-left is the mark's centre minus `half`). */
export function drawStyledMark(host, svgMarkup, className, size, emphasis) {
  const { opacity, shapes } = probeLook(host, svgMarkup, className);
  const look = EMPHASIS[emphasis] || EMPHASIS[''];
  // Room for the stroke (and the glow) beyond the mark's box; an even number keeps the centre on a whole pixel.
  const extent = 2 * Math.ceil((size * look.scale + (look.glow ? 12 : 4)) / 2);
  // Drawn at the screen's pixel ratio, so marks stay sharp on dense screens. An ImageBitmap, not a canvas: Chromium
  // copies a canvas source on every drawImage, which made thousands of stamps cost a tenth of a second.
  const ratio = window.devicePixelRatio || 1;
  const canvas = new OffscreenCanvas(Math.round(extent * ratio), Math.round(extent * ratio));
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  context.translate(extent / 2, extent / 2);
  context.scale(look.scale, look.scale);
  context.translate(-size / 2, -size / 2);
  if (look.glow) {
    context.shadowColor = getComputedStyle(host).getPropertyValue(look.glow).trim();
    context.shadowBlur = 4;
  }
  for (const { shape, fill, fillOpacity, stroke, width, dash } of shapes) {
    const path = pathOf(shape);
    if (!path) {
      continue;
    }
    if (fill && fill !== 'none') {
      context.globalAlpha = opacity * fillOpacity;
      context.fillStyle = fill;
      context.fill(path);
    }
    context.globalAlpha = opacity;
    if (stroke && stroke !== 'none' && width > 0) {
      context.strokeStyle = stroke;
      context.lineWidth = width;
      context.setLineDash(dash);
      context.stroke(path);
    }
  }
  return { image: canvas.transferToImageBitmap(), half: extent / 2, extent };
}

function pathOf(shape) {
  if (shape.tagName.toLowerCase() === 'circle') {
    const path = new Path2D();
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(shape.getAttribute(name)));
    path.arc(cx, cy, r, 0, Math.PI * 2);
    return path;
  }
  return shape.getAttribute('d') ? new Path2D(shape.getAttribute('d')) : null;
}

// A numbered circle standing for the marks of one crowded square of the map (mark-cells.js): a solid disc with the
// number on record and, when some are only possible, the ghost look around it with "+n" under it; a square with
// only possible marks is a ghost disc with their number. The paint is what the page's CSS gives a dot mark on record
// and its ghost (probeLook), so circles, marks and legend cannot drift apart. Limits: digits in the map's own font
// at one size; the circle is paint only (the canvas is hidden from screen readers, the list and counts say it).
import { probeLook } from './canvas-sprites.js';
import { symbolSvg } from './symbols.js';

/** `{radius(total), paint(context, x, y, onRecord, possible)}` for marks styled under `host`. */
export function clusterPainter(host) {
  const record = probeLook(host, symbolSvg('dot', 18), 'lm-mark lm-mark-dot').shapes[0];
  const ghost = probeLook(host, symbolSvg('dot', 18), 'lm-mark lm-mark-dot lm-possible').shapes[0];
  const family = getComputedStyle(host).fontFamily || 'sans-serif';
  const ink = ghost.stroke && ghost.stroke !== 'none' ? ghost.stroke : record.fill;
  const paper = getComputedStyle(host).getPropertyValue('--lm-paper').trim();

  function circle(context, x, y, r, look) {
    context.beginPath();
    context.arc(x, y, r, 0, Math.PI * 2);
    context.globalAlpha = look.fillOpacity;
    context.fillStyle = look.fill;
    context.fill();
    context.globalAlpha = 1;
    if (look.stroke && look.stroke !== 'none' && look.width > 0) {
      context.strokeStyle = look.stroke;
      context.lineWidth = look.width;
      context.setLineDash(look.dash);
      context.stroke();
      context.setLineDash([]);
    }
  }

  function text(context, value, x, y, size, colour, halo) {
    context.font = `700 ${size}px ${family}`;
    if (halo) {
      context.strokeStyle = halo;
      context.lineWidth = 3;
      context.lineJoin = 'round';
      context.strokeText(value, x, y);
    }
    context.fillStyle = colour;
    context.fillText(value, x, y);
  }

  return {
    /** Grows with the count's digits, so the number fits: 10 px for a handful, about 16 px for thousands. */
    radius: (total) => 8 + 2.2 * Math.log10(Math.max(total, 1)) + (total > 9 ? 1 : 0),
    paint(context, x, y, onRecord, possible) {
      if (onRecord + possible === 0) {
        return;
      }
      const r = this.radius(onRecord + possible);
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      if (onRecord === 0) {
        circle(context, x, y, r, ghost);
        text(context, String(possible), x, y + 0.5, 11, ink, null);
        return;
      }
      if (possible > 0) {
        circle(context, x, y, r + 4, ghost);
      }
      circle(context, x, y, r, record);
      text(context, String(onRecord), x, y + 0.5, 11, record.stroke && record.stroke !== 'none' ? record.stroke : paper,
        null);
      if (possible > 0) {
        text(context, `+${possible}`, x, y + r + 6, 10, ink, paper);
      }
    },
  };
}

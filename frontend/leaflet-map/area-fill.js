// Which fill an area of a choropleth takes from its counts: `colours[i]` from `breaks[i]` counted features on record
// up, `base` below the first break, and the second tone `possible` (when set) for an area with none on record above
// the first break but some possible. The breaks and colours are data the layer's config carries (the server's
// map.Shading); this choice is Shading#fillFor's, and both run src/test/resources/rules/shading.json. Pure.

/** `shading`: `{ base, breaks, colours, possible }`; returns a colour (`base` may be null: the style's own fill). */
export function areaFill(onRecord, possibleCount, shading) {
  let fill = shading.base;
  shading.breaks.forEach((threshold, index) => {
    if (onRecord >= threshold) {
      fill = shading.colours[index];
    }
  });
  const firstBreak = shading.breaks.length ? shading.breaks[0] : Infinity;
  return onRecord < firstBreak && possibleCount > 0 && shading.possible ? shading.possible : fill;
}

// Decides whether a feature is visible at the map's current time. A feature shows from the first day it could
// have happened (ISO dates compare as strings); no time set means everything shows.

export function visibleAt(feature, timeProperty, time) {
  if (!time || !timeProperty) {
    return true;
  }
  const from = feature.properties ? feature.properties[timeProperty] : null;
  return !from || from <= time;
}

// Whether something dated from an ISO day shows at the map's time: from that day on (ISO dates compare as strings).
// The server decides each feature's day; this is the only comparison the browser makes, for marks and counts alike.

export function shownAt(from, time) {
  return !time || !from || from <= time;
}

export function visibleAt(feature, timeProperty, time) {
  return !timeProperty || shownAt(feature.properties ? feature.properties[timeProperty] : null, time);
}

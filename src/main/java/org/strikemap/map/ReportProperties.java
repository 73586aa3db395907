package org.strikemap.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;

/** Claims and sources as the GeoJSON properties and the API show them, written at the edge, not by the records. */
public final class ReportProperties {

    private ReportProperties() {
    }

    /** id, kind, value or min/max (absent ones omitted), text, by, source, quote. */
    public static Map<String, Object> of(Claim claim) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", claim.id());
        json.put("kind", claim.kind());
        if (claim.value().exact() != null) {
            json.put("value", claim.value().exact());
        }
        if (claim.value().min() != null) {
            json.put("min", claim.value().min());
        }
        if (claim.value().max() != null) {
            json.put("max", claim.value().max());
        }
        json.put("text", claim.text());
        json.put("by", claim.by());
        json.put("source", claim.sourceId());
        json.put("quote", claim.quote());
        return json;
    }

    /** id, file, outlet, headline, dateAsGiven. */
    public static Map<String, Object> of(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", source.id());
        json.put("file", source.file());
        json.put("outlet", source.outlet());
        json.put("headline", source.headline());
        json.put("dateAsGiven", source.dateAsGiven());
        return json;
    }
}

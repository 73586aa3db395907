package org.strikemap.source;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the news reports the data is traced to: {@code id} is the seed file's three-digit prefix.
 * {@code headline} and {@code note} are null when the report has none; {@code dateAsGiven} is the report's
 * own wording ("Thursday"), never a computed date.
 */
public record Source(String id, String file, String outlet, String headline, String dateAsGiven, String note) {

    /** The source as the API shows it beside a strike or a claim: id, file, outlet, headline, dateAsGiven. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("file", file);
        json.put("outlet", outlet);
        json.put("headline", headline);
        json.put("dateAsGiven", dateAsGiven);
        return json;
    }
}

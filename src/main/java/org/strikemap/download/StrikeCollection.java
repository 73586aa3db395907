package org.strikemap.download;

import java.io.OutputStream;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Text;
import org.strikemap.map.ReportProperties;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map's strikes as one RFC 7946 FeatureCollection of points ({@code [longitude, latitude]}), every strike with its
 * properties as the files hold them (words by language, codes as spelled in the files), its claims and the reports
 * cited. The collection's foreign members name the map, its version, title and credit line (RFC 7946 §6.1). Written
 * token by token to the stream. Limits: no drawing rules (the layers carry those); the map's own words only by title.
 */
final class StrikeCollection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StrikeCollection() {
    }

    static void write(LoadedDataset map, String credit, OutputStream out) {
        String language = map.description().words().title().original();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeStringProperty("map", map.slug());
            json.writeStringProperty("version", map.version());
            json.writeStringProperty("title", map.description().words().title().in(language));
            json.writeStringProperty("credit", credit);
            json.writeArrayPropertyStart("features");
            for (Strike strike : map.strikes().all()) {
                feature(map, strike, language, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void feature(LoadedDataset map, Strike strike, String language, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeStringProperty("id", strike.id());
        json.writeName("geometry");
        json.writeStartObject();
        json.writeStringProperty("type", "Point");
        json.writeArrayPropertyStart("coordinates");
        json.writeNumber(strike.location().point().lon());
        json.writeNumber(strike.location().point().lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeName("properties");
        json.writeStartObject();
        json.writeStringProperty("id", strike.id());
        words(json, "place", strike.location().place(), language);
        String region = strike.location().region();
        json.writeStringProperty("region", region);
        json.writeStringProperty("regionName", region == null ? null : map.regions().nameOf(region, language));
        json.writeStringProperty("locationPrecision", strike.location().precision().code());
        json.writeStringProperty("dateFrom", strike.date().from().toString());
        json.writeStringProperty("dateTo", strike.date().to() == null ? null : strike.date().to().toString());
        json.writeStringProperty("datePrecision", strike.date().precision().code());
        json.writeStringProperty("status", strike.status().code());
        json.writeStringProperty("source", strike.sourceId());
        json.writeStringProperty("quote", strike.citation().quote());
        words(json, "note", strike.note(), language);
        json.writeArrayPropertyStart("claims");
        for (Claim claim : map.sources().claimsAbout(strike.id())) {
            json.writePOJO(ReportProperties.of(claim));
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("sources");
        for (Source source : map.sources().citedAbout(strike.id(), strike.sourceId())) {
            json.writePOJO(ReportProperties.of(source));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** {@code name}: the words in the map's language; {@code names}: by language tag. Null when there are none. */
    private static void words(JsonGenerator json, String name, Text text, String language) {
        json.writeStringProperty(name, text == null ? null : text.in(language));
        json.writeName(name + "s");
        if (text == null) {
            json.writeNull();
        } else {
            json.writePOJO(text.byLanguage());
        }
    }
}

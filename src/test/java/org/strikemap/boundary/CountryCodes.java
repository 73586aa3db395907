package org.strikemap.boundary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.strikemap.geo.GeoFeature;

/**
 * ISO 3166-1 numeric → alpha-2, for world-atlas features (whose id is the numeric code). The table is written at
 * regeneration time from a pinned package (see regenerate.sh); features without a numeric code may be given an
 * alpha-2 by their Natural Earth name (Kosovo's user-assigned XK, say). Limits: no other fallback; a feature with
 * neither gets null.
 */
final class CountryCodes {

    private final Map<String, String> alpha2ByNumeric;
    private final Map<String, String> alpha2ByName;

    private CountryCodes(Map<String, String> alpha2ByNumeric, Map<String, String> alpha2ByName) {
        this.alpha2ByNumeric = alpha2ByNumeric;
        this.alpha2ByName = alpha2ByName;
    }

    /** Reads {@code numeric,alpha2} rows; {@code alpha2ByName} applies only to features without a numeric code. */
    static CountryCodes read(Path csv, Map<String, String> alpha2ByName) throws IOException {
        Map<String, String> byNumeric = new TreeMap<>();
        for (CsvTable.Row row : CsvTable.read(csv, List.of("numeric", "alpha2")).rows()) {
            if (!row.get("numeric").matches("\\d{3}") || !isAlpha2(row.get("alpha2"))) {
                throw row.error("expected a 3-digit numeric code and an alpha-2 code, got " + row.fields().values());
            }
            if (byNumeric.put(row.get("numeric"), row.get("alpha2")) != null) {
                throw row.error("numeric code " + row.get("numeric") + " is on an earlier line too");
            }
        }
        alpha2ByName.values().stream().filter(code -> !isAlpha2(code)).findFirst().ifPresent(code -> {
            throw new IllegalArgumentException("'" + code + "' is not an alpha-2 code");
        });
        return new CountryCodes(byNumeric, Map.copyOf(alpha2ByName));
    }

    static boolean isAlpha2(String code) {
        return code != null && code.matches("[A-Z]{2}");
    }

    /** The feature's alpha-2 code, or null when it has no numeric code and no alpha-2 is given for its name. */
    String alpha2(GeoFeature worldAtlasCountry) {
        if (worldAtlasCountry.id() != null) {
            String alpha2 = alpha2ByNumeric.get(worldAtlasCountry.id());
            if (alpha2 == null) {
                throw new IllegalArgumentException("no alpha-2 code for ISO numeric " + worldAtlasCountry.id() + " ("
                        + worldAtlasCountry.text("name") + ")");
            }
            return alpha2;
        }
        return alpha2ByName.get(worldAtlasCountry.text("name"));
    }
}

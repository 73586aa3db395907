package org.strikemap.imports;

import java.util.List;

/** Test support: rows of ACLED's 2023 export, written as ACLED writes them (every column, most left as in the real files). */
final class Acled {

    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
            + "timestamp";

    private Acled() {
    }

    /** One event; {@code source} may name several reports between semicolons. */
    static String row(String id, String date, int timePrecision, int geoPrecision, String location, double lat, double lon,
                      String source, String notes, int fatalities) {
        return String.join(",", List.of(id, date, date.substring(0, 4), Integer.toString(timePrecision),
                "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Military Forces of Russia (2000-)", "", "8", "Civilians (Ukraine)", "", "7", "78", "Civilian targeting",
                "804", "Europe", "Ukraine", "Kharkiv", "Kharkivskyi", "Kharkiv", location, Double.toString(lat),
                Double.toString(lon), Integer.toString(geoPrecision), quoted(source), "National", quoted(notes),
                Integer.toString(fatalities), "", "1700000000"));
    }

    static String file(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

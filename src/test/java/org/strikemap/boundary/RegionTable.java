package org.strikemap.boundary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One country's committed table {@code regions/<CC>.csv}: the source's {@code name} → ISO 3166-2 code and the names
 * the map shows, so names and code fixes are edited without touching code. Header
 * {@code source_name,code,name,name_<tag>...}; every field is required.
 * Limits: see {@link CsvTable}; the country comes from the file name, so a table cannot describe two countries.
 */
public final class RegionTable {

    /** One row: the {@code name} in the source file, the unit's ISO 3166-2 code and its names. */
    public record Region(String sourceName, String code, String name, Map<String, String> namesByTag) {

        public Region {
            namesByTag = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(namesByTag));
        }
    }

    static final List<String> LEADING_COLUMNS = List.of("source_name", "code", "name");
    /** ISO 3166-2 subdivision code: the country's alpha-2, a hyphen, one to three letters or digits. */
    private static final Pattern SUBDIVISION_CODE = Pattern.compile("[A-Z]{2}-[0-9A-Z]{1,3}");

    private final String country;
    private final List<String> languageTags;
    private final Map<String, Region> bySourceName;

    private RegionTable(String country, List<String> languageTags, Map<String, Region> bySourceName) {
        this.country = country;
        this.languageTags = languageTags;
        this.bySourceName = bySourceName;
    }

    /** Reads {@code regions/<CC>.csv} and checks it; throws {@link IllegalArgumentException} naming the line. */
    public static RegionTable read(Path csv) throws IOException {
        String country = countryOf(csv);
        CsvTable table = CsvTable.read(csv, LEADING_COLUMNS);
        Map<String, Region> rows = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> names = table.names(row);
            if (row.get("source_name").isEmpty() || row.get("name").isEmpty()
                    || names.size() != table.languageTags().size()) {
                throw row.error("every field is required, got " + row.fields().values());
            }
            Region region = new Region(row.get("source_name"), row.get("code"), row.get("name"), names);
            if (!SUBDIVISION_CODE.matcher(region.code()).matches() || !region.code().startsWith(country + "-")) {
                throw row.error("'" + region.code() + "' is not an ISO 3166-2 code of " + country);
            }
            if (!codes.add(region.code())) {
                throw row.error("code " + region.code() + " is on an earlier line too");
            }
            if (rows.putIfAbsent(region.sourceName(), region) != null) {
                throw row.error("source name '" + region.sourceName() + "' is on an earlier line too");
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(csv + ": no rows");
        }
        return new RegionTable(country, table.languageTags(), rows);
    }

    /** The country a table belongs to: its file name, {@code <CC>.csv}, CC an ISO 3166-1 alpha-2 code. */
    static String countryOf(Path csv) {
        String file = csv.getFileName().toString();
        if (!file.matches("[A-Z]{2}\\.csv")) {
            throw new IllegalArgumentException(csv + ": a region table is named <CC>.csv, CC in capitals");
        }
        return file.substring(0, 2);
    }

    /** The row for a source name; throws when the table has none, since an unmapped unit must not slip through. */
    public Region forSourceName(String sourceName) {
        Region region = bySourceName.get(sourceName);
        if (region == null) {
            throw new IllegalArgumentException("no row in regions/" + country + ".csv for source name '" + sourceName
                    + "'");
        }
        return region;
    }

    /** ISO 3166-1 alpha-2 code of the country. */
    public String country() {
        return country;
    }

    /** The languages of the {@code name_<tag>} columns, in column order. */
    public List<String> languageTags() {
        return languageTags;
    }

    public List<Region> regions() {
        return List.copyOf(bySourceName.values());
    }

    public int size() {
        return bySourceName.size();
    }
}

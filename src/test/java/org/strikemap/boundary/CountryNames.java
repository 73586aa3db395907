package org.strikemap.boundary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed {@code country-names.csv}: {@code alpha2,name,name_<tag>...}, a country's names per language where
 * the project has written them. A blank English name means "keep Natural Earth's". Limits: see {@link CsvTable}.
 */
final class CountryNames {

    /** One row: the English name (blank for Natural Earth's) and the names per language tag. */
    record Names(String name, Map<String, String> namesByTag) {
    }

    private final Map<String, Names> byAlpha2;

    private CountryNames(Map<String, Names> byAlpha2) {
        this.byAlpha2 = byAlpha2;
    }

    static CountryNames read(Path csv) throws IOException {
        CsvTable table = CsvTable.read(csv, List.of("alpha2", "name"));
        Map<String, Names> byAlpha2 = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (!CountryCodes.isAlpha2(row.get("alpha2"))) {
                throw row.error("'" + row.get("alpha2") + "' is not an alpha-2 code");
            }
            if (byAlpha2.put(row.get("alpha2"), new Names(row.get("name"), table.names(row))) != null) {
                throw row.error(row.get("alpha2") + " is on an earlier line too");
            }
        }
        return new CountryNames(byAlpha2);
    }

    /** The row for a country, or empty names when it has none (or has no alpha-2 code). */
    Names forAlpha2(String alpha2) {
        Names names = alpha2 == null ? null : byAlpha2.get(alpha2);
        return names != null ? names : new Names("", Map.of());
    }
}

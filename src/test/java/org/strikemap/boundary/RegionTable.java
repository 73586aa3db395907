package org.strikemap.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The committed Natural Earth name → ISO 3166-2 table ({@code regions.csv}), so journalists can correct names
 * without touching code. Limits: plain CSV, one row per line; a field may be double-quoted but not span lines.
 */
public final class RegionTable {

    /** One row: the {@code name} in the source file and what the map shows for it. */
    public record Region(String sourceName, String code, String name, String nameUk) {
    }

    static final String HEADER = "source_name,code,name,name_uk";
    private static final Pattern UKRAINE_CODE = Pattern.compile("UA-\\d{2}");

    private final Map<String, Region> bySourceName;

    private RegionTable(Map<String, Region> bySourceName) {
        this.bySourceName = bySourceName;
    }

    /** Reads and checks the table; throws {@link IllegalArgumentException} naming the line at fault. */
    public static RegionTable read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !HEADER.equals(stripBom(lines.get(0)).strip())) {
            throw new IllegalArgumentException(csv + ": first line must be '" + HEADER + "'");
        }
        Map<String, Region> rows = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = csv + " line " + (i + 1) + ": ";
            List<String> fields = fields(lines.get(i));
            if (fields.size() != 4 || fields.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(where + "expected 4 non-empty fields, got " + fields);
            }
            Region region = new Region(fields.get(0), fields.get(1), fields.get(2), fields.get(3));
            if (!UKRAINE_CODE.matcher(region.code()).matches()) {
                throw new IllegalArgumentException(where + "'" + region.code() + "' is not a UA-NN code");
            }
            if (!codes.add(region.code()) || rows.putIfAbsent(region.sourceName(), region) != null) {
                throw new IllegalArgumentException(where + "duplicate code or source name in " + fields);
            }
        }
        return new RegionTable(rows);
    }

    /** The row for a source name; throws when the table has none, since an unmapped unit must not slip through. */
    public Region forSourceName(String sourceName) {
        Region region = bySourceName.get(sourceName);
        if (region == null) {
            throw new IllegalArgumentException("no row in regions.csv for source name '" + sourceName + "'");
        }
        return region;
    }

    public List<Region> regions() {
        return List.copyOf(bySourceName.values());
    }

    public int size() {
        return bySourceName.size();
    }

    /** Splits one CSV line; double quotes protect commas, and "" inside quotes is a literal quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}

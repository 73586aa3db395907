package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.region.Region;
import org.strikemap.region.Regions;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;
import org.strikemap.strike.Strikes;

/**
 * Reads strikes.csv's rows into {@link Strike}s: ids unique, the region one of the map's (empty on a map without an
 * area), the point inside its region (within {@link RecordRules#REGION_TOLERANCE_DEGREES}; not tested for files that
 * passed before, {@link Points#TRUSTED}), the date span consistent with its precision, and the report one of the map's.
 */
final class StrikeRows {

    static final Table.Columns COLUMNS = Table.Columns.of(
            "id,place,region,lat,lon,location_precision,date_from,date_to,date_precision,status,source,quote,note")
            .translatable("place", "note");

    /** Whether each strike's point is tested against its region's outline. */
    enum Points {
        /** Tested: a point more than the tolerance outside its region is an error. */
        CHECKED,
        /** Taken as they are, the region only checked to be one of the map's: files that passed the test before. */
        TRUSTED
    }

    private final List<Table.Row> rows;
    private final String language;
    private final Set<String> sourceIds;
    private final Regions regions;
    private final boolean noArea;
    private final Points points;

    StrikeRows(List<Table.Row> rows, String language, Set<String> sourceIds, Regions regions, boolean noArea,
               Points points) {
        this.rows = rows;
        this.language = language;
        this.sourceIds = sourceIds;
        this.regions = regions;
        this.noArea = noArea;
        this.points = points;
    }

    Strikes strikes() {
        List<Strike> strikes = new ArrayList<>(rows.size());
        Set<String> ids = new HashSet<>();
        for (Table.Row row : rows) {
            String id = RowReader.unique(row, "id", ids);
            GeoPoint point = RowReader.point(row);
            Location location = new Location(row.text("place", language, true), region(row, point), point,
                    row.code("location_precision", LocationPrecision::fromCode));
            strikes.add(new Strike(id, location, date(row), row.code("status", StrikeStatus::fromCode),
                    RowReader.citation(row, sourceIds), row.text("note", language, false)));
        }
        return Strikes.of(strikes);
    }

    private String region(Table.Row row, GeoPoint point) {
        if (noArea) {
            if (row.optional("region") != null) {
                throw row.error("region " + row.raw("region") + " is given, but the map has no area (dataset.csv's area)"
                        + " and so no regions; leave it empty");
            }
            return null;
        }
        String code = row.required("region");
        if (points == Points.TRUSTED && regions.find(code).isPresent()) {
            return code;
        }
        RecordRules.region(regions, code, point).ifPresent(reason -> {
            throw row.error(reason);
        });
        return code;
    }

    private static ReportedDate date(Table.Row row) {
        var from = row.date("date_from");
        var to = row.optionalDate("date_to");
        DatePrecision precision = row.code("date_precision", DatePrecision::fromCode);
        if (to != null && to.isBefore(from)) {
            throw row.error("date_from " + from + " is after date_to " + to);
        }
        try {
            return new ReportedDate(from, to, precision);
        } catch (IllegalArgumentException e) {
            throw row.error("date_precision " + precision.code() + ": " + e.getMessage());
        }
    }
}

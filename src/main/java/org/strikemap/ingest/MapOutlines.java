package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.strikemap.basemap.Country;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.geo.Bounds;
import org.strikemap.geo.GeoJson;
import org.strikemap.launch.LaunchArea;
import org.strikemap.launch.LaunchSite;
import org.strikemap.region.Area;
import org.strikemap.region.Region;
import org.strikemap.region.Regions;

/**
 * A map's outlines taken from the boundary library: the regions of the countries in its area, the other countries
 * around its view as the backdrop (clipped to the view and a margin, so a far-reaching country brings no more than
 * the map shows), and the launch areas its sites name. Each library file it reads is recorded in {@code used}.
 */
final class MapOutlines {

    /** The backdrop reaches this share of the view's larger side beyond each edge, and at least {@link #MIN_MARGIN}. */
    static final double MARGIN_SHARE = 1.5;
    /** Degrees. */
    static final double MIN_MARGIN = 5;

    private final BoundaryLibrary library;
    private final List<BoundaryLibrary.Read<?>> used;
    private final RowReader.Description description;

    MapOutlines(BoundaryLibrary library, List<BoundaryLibrary.Read<?>> used, RowReader.Description description) {
        this.library = library;
        this.used = used;
        this.description = description;
    }

    /** The regions of the area's countries, country by country in the order the area names them. */
    Regions regions() {
        Area area = description.value().area();
        List<Region> regions = new ArrayList<>();
        for (String country : area.countries()) {
            regions.addAll(use(library.regions(country, description.areaRow())).content());
        }
        return Regions.of(regions);
    }

    /** The countries outside the area that meet the view's box with its margin, clipped to that box. */
    List<Country> countries() {
        DatasetDescription map = description.value();
        Geometry box = GeoJson.WGS84.toGeometry(withMargin(map.view()));
        List<Country> countries = new ArrayList<>();
        for (Boundaries.LibraryCountry entry : use(library.countries()).content()) {
            Country country = entry.country();
            if ((entry.alpha2() != null && map.area().covers(entry.alpha2()))
                    || !country.outline().getEnvelopeInternal().intersects(box.getEnvelopeInternal())) {
                continue;
            }
            Geometry clipped = country.outline().intersection(box);
            if (!clipped.isEmpty()) {
                countries.add(new Country(country.id(), country.name(), country.iso(), clipped));
            }
        }
        return countries;
    }

    boolean hasLaunchArea(String id) {
        return library.launchAreas().content().stream().anyMatch(area -> area.id().equals(id));
    }

    /** The launch areas {@code sites} name, in the library's order; the library file is used only if any is. */
    List<LaunchArea> launchAreasOf(List<LaunchSite> sites) {
        Set<String> named = sites.stream().map(LaunchSite::area).filter(id -> id != null).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return List.of();
        }
        return use(library.launchAreas()).content().stream().filter(area -> named.contains(area.id())).toList();
    }

    private <T> BoundaryLibrary.Read<T> use(BoundaryLibrary.Read<T> file) {
        if (!used.contains(file)) {
            used.add(file);
        }
        return file;
    }

    static Envelope withMargin(Bounds view) {
        double margin = Math.max(MIN_MARGIN, MARGIN_SHARE * Math.max(view.north() - view.south(), view.east() - view.west()));
        return new Envelope(Math.max(-180, view.west() - margin), Math.min(180, view.east() + margin),
                Math.max(-90, view.south() - margin), Math.min(90, view.north() + margin));
    }
}

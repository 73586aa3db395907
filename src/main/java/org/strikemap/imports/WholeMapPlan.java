package org.strikemap.imports;

import java.util.ArrayList;
import java.util.List;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.strike.Strike;

/**
 * The plan of a map's own zip: the zip's map becomes the whole draft (its words, reports, strikes, claims, launch
 * sites, rings and outlines), so exporting a map and importing it into a new one gives the same content hash. Its
 * area must be the map's: an area's regions cannot change under a map's strikes.
 */
final class WholeMapPlan {

    private WholeMapPlan() {
    }

    static ImportPlan plan(LoadedDataset draft, LoadedDataset zip, String file) {
        List<String> problems = new ArrayList<>();
        if (!draft.description().area().equals(zip.description().area())) {
            problems.add(file + ": the zip's map covers the area '" + zip.description().area() + "', this map '"
                    + draft.description().area() + "'; import it into a map of the same area (or a new map)");
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Strike strike : zip.strikes().all()) {
            Strike before = draft.strikes().byId().get(strike.id());
            if (before == null) {
                added++;
            } else if (before.equals(strike)) {
                unchanged++;
            } else {
                changed++;
            }
        }
        int removed = (int) draft.strikes().all().stream().filter(strike -> !zip.strikes().byId().containsKey(strike.id()))
                .count();
        int newSources = (int) zip.sources().all().stream().filter(source -> draft.sources().find(source.id()).isEmpty())
                .count();
        List<ImportPreview.Shown> first = zip.strikes().all().stream().limit(10).map(strike ->
                new ImportPreview.Shown(strike.id(), strike.location().place().words(), strike.location().region(),
                        strike.date().from() + (strike.date().to() == null ? " –" : strike.date().to().equals(strike.date().from())
                                ? "" : " – " + strike.date().to()), strike.location().point())).toList();
        return new ImportPlan(new ImportPreview(file, ImportFormat.MAP_ZIP, new ImportPreview.Counts(
                zip.strikes().all().size(), added, changed, unchanged, removed, newSources, zip.sources().claims().size()),
                problems, List.of(), List.of(), first), zip);
    }
}

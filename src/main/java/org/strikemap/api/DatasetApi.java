package org.strikemap.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.ReportProperties;
import org.strikemap.source.DatasetOverview;

/**
 * {@code /api/maps}: the list of maps; {@code /api/maps/{slug}} (and {@code /api/dataset} for the default map): a map's
 * title, period, attack counts, dataset-wide claims and sources. Words are in the map's own language.
 */
@RestController
class DatasetApi {

    private final Datasets datasets;

    DatasetApi(Datasets datasets) {
        this.datasets = datasets;
    }

    @GetMapping("/api/maps")
    List<Map<String, Object>> maps() {
        return datasets.all().stream().map(DatasetApi::summary).toList();
    }

    @GetMapping({"/api/dataset", "/api/maps/{slug}"})
    Map<String, Object> dataset(@PathVariable(required = false) String slug) {
        LoadedDataset dataset = Maps.of(datasets, slug);
        DatasetOverview overview = dataset.sources().overview();
        Map<String, Object> json = summary(dataset);
        json.put("credit", dataset.description().in(dataset.description().words().title().original()).credit());
        json.put("language", dataset.description().words().title().original());
        json.put("languages", dataset.description().languages());
        json.put("area", dataset.description().area().countries());
        json.put("attacksReportedAtLeast", overview.attacksReportedAtLeast());
        json.put("locatedAttacks", dataset.strikes().locatedAttackCount());
        json.put("unlocatedAttacks", dataset.unlocatedAttacks());
        json.put("claims", overview.claims().stream().map(ReportProperties::of).toList());
        json.put("sources", overview.sources().stream().map(source -> {
            Map<String, Object> entry = ReportProperties.of(source);
            entry.put("note", source.note());
            return entry;
        }).toList());
        return json;
    }

    /** {slug, title, subtitle, periodFrom, periodTo, version, strikes}: what the list of maps says of each. */
    private static Map<String, Object> summary(LoadedDataset map) {
        DatasetOverview overview = map.sources().overview();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slug", map.slug());
        json.put("title", map.description().words().title().words());
        json.put("subtitle", map.description().in(map.description().words().title().original()).subtitle());
        json.put("periodFrom", overview.periodFrom() == null ? null : overview.periodFrom().toString());
        json.put("periodTo", overview.periodTo() == null ? null : overview.periodTo().toString());
        json.put("version", map.version());
        json.put("strikes", map.strikes().all().size());
        return json;
    }
}

package org.strikemap.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.ReportProperties;
import org.strikemap.source.DatasetOverview;

/** {@code /api/dataset}: the title, period, attack counts, dataset-wide claims and the sources. */
@RestController
class DatasetApi {

    private final Datasets datasets;

    DatasetApi(Datasets datasets) {
        this.datasets = datasets;
    }

    @GetMapping("/api/dataset")
    Map<String, Object> dataset() {
        LoadedDataset dataset = datasets.current();
        DatasetOverview overview = dataset.sources().overview();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", dataset.version());
        json.put("title", dataset.description().title());
        json.put("subtitle", dataset.description().subtitle());
        json.put("credit", dataset.description().credit());
        json.put("periodFrom", overview.periodFrom() == null ? null : overview.periodFrom().toString());
        json.put("periodTo", overview.periodTo() == null ? null : overview.periodTo().toString());
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
}

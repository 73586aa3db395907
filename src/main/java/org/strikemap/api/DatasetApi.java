package org.strikemap.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.source.Claim;
import org.strikemap.source.DatasetOverview;
import org.strikemap.source.Source;
import org.strikemap.source.SourceService;
import org.strikemap.strike.StrikeService;

/** {@code /api/dataset}: the title, period, attack counts, dataset-wide claims and the sources. */
@RestController
class DatasetApi {

    private final SourceService sources;
    private final StrikeService strikes;

    DatasetApi(SourceService sources, StrikeService strikes) {
        this.sources = sources;
        this.strikes = strikes;
    }

    @GetMapping("/api/dataset")
    Map<String, Object> dataset() {
        DatasetOverview overview = sources.overview();
        int located = strikes.locatedAttackCount();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", overview.title());
        json.put("subtitle", overview.subtitle());
        json.put("periodFrom", overview.periodFrom() == null ? null : overview.periodFrom().toString());
        json.put("periodTo", overview.periodTo() == null ? null : overview.periodTo().toString());
        json.put("attacksReportedAtLeast", overview.attacksReportedAtLeast());
        json.put("locatedAttacks", located);
        // The attacks the claims count but the reports do not place; never negative when more are located.
        json.put("unlocatedAttacks", Math.max(0, overview.attacksReportedAtLeast() - located));
        json.put("claims", overview.claims().stream().map(Claim::toJson).toList());
        json.put("sources", overview.sources().stream().map(source -> {
            Map<String, Object> entry = source.toJson();
            entry.put("note", source.note());
            return entry;
        }).toList());
        return json;
    }
}

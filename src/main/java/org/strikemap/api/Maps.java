package org.strikemap.api;

import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;

/**
 * Which map an API address names: {@code /api/maps/{slug}/…} names one, {@code /api/…} the default map (so every
 * script written for one map keeps working). An unknown slug is 404.
 */
final class Maps {

    private Maps() {
    }

    /** The map {@code slug} names, the default when null; 404 when there is no such map. */
    static LoadedDataset of(Datasets datasets, String slug) {
        if (slug == null) {
            return datasets.current();
        }
        return datasets.find(slug).orElseThrow(() -> ApiException.notFound("no map '" + ApiException.shorten(slug) + "'"));
    }
}

package org.strikemap.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;

/**
 * Part of the readiness probe: ready only once a dataset has been loaded and made current, and it says which
 * version. Limits: the start-up load runs before the web server opens, so in practice this guards against a
 * future asynchronous load rather than today's.
 */
@Component("dataset")
class DatasetReadiness implements HealthIndicator {

    private final Datasets datasets;

    DatasetReadiness(Datasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("version", datasets.current().version()).build();
        } catch (IllegalStateException e) {
            return Health.outOfService().withDetail("reason", "no dataset loaded yet").build();
        }
    }
}

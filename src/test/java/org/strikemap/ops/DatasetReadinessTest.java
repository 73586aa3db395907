package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.strikemap.dataset.Datasets;

/** Readiness follows the dataset: out of service until one is loaded (the loaded case runs in SessionsTest). */
class DatasetReadinessTest {

    @Test
    void notReadyBeforeADatasetIsLoaded() {
        Datasets datasets = mock(Datasets.class);
        when(datasets.current()).thenThrow(new IllegalStateException("no dataset has been loaded yet"));
        assertThat(new DatasetReadiness(datasets).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }
}

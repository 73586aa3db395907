package org.strikemap.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code strikemap.data-dir}: the dataset folder read at start-up, relative to the working directory. */
@ConfigurationProperties("strikemap")
record IngestProperties(@DefaultValue("./data") Path dataDir) {
}

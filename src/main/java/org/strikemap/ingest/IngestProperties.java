package org.strikemap.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code strikemap.data-dir}: the maps read at start-up (a folder of map folders, or one map's folder);
 * {@code strikemap.boundaries-dir}: the boundary library they draw from. Both relative to the working directory.
 */
@ConfigurationProperties("strikemap")
public record IngestProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("./data/boundaries") Path boundariesDir) {
}

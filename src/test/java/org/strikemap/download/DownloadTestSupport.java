package org.strikemap.download;

import java.nio.file.Path;

/** Test support: "Get the data"'s writer, crediting the boundary library in {@code library}, as Spring would wire it. */
public final class DownloadTestSupport {

    private DownloadTestSupport() {
    }

    public static MapDownloads downloads(Path library) {
        return new MapDownloads(new DataCredits(library));
    }
}

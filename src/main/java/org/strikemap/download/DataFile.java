package org.strikemap.download;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three downloads of a map, in the order readers are offered them (a spreadsheet first): their file names (the last
 * part of their address) and media types.
 */
public enum DataFile {
    CSV("strikes.csv", "text/csv;charset=UTF-8"),
    GEOJSON("strikes.geojson", "application/geo+json"),
    ZIP("data.zip", "application/zip");

    private final String fileName;
    private final String mediaType;

    DataFile(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** "strikes.csv": the last part of the download's address. */
    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What a reader's computer saves it as: "north-korean-missiles-0123456789abcdef-strikes.csv". */
    public String savedAs(String slug, String version) {
        return slug + "-" + version + "-" + fileName;
    }

    public static Optional<DataFile> named(String fileName) {
        return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
    }
}

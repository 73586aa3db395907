package org.strikemap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that regions.csv edits which would mislabel the map are refused, not silently applied. */
class RegionTableTest {

    @TempDir
    Path dir;

    private RegionTable table(String... rows) throws IOException {
        Path csv = dir.resolve("regions.csv");
        Files.writeString(csv, RegionTable.HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return RegionTable.read(csv);
    }

    @Test
    void readsRowsAndQuotedFields() throws IOException {
        RegionTable table = table("Kiev City,UA-30,Kyiv (city),Київ", "\"Odessa\",UA-51,\"Odesa Oblast, \"\"south\"\"\",X");
        assertEquals("UA-30", table.forSourceName("Kiev City").code());
        assertEquals("Odesa Oblast, \"south\"", table.forSourceName("Odessa").name());
    }

    @Test
    void refusesDuplicateCodesBadCodesAndShortRows() {
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a,a", "B,UA-30,b,b"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-3,a,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,,a"));
    }

    @Test
    void refusesAWrongHeader() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,code\nA,UA-30\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> RegionTable.read(csv));
    }

    @Test
    void anUnknownSourceNameIsAnError() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a,a").forSourceName("Crimea"));
    }

    @Test
    void committedTableMapsEveryUnitOnce() throws IOException {
        List<RegionTable.Region> regions = RegionTable.read(Path.of("data/boundaries/regions.csv")).regions();
        assertEquals(27, regions.size());
        assertEquals(27, regions.stream().map(RegionTable.Region::code).distinct().count());
    }
}

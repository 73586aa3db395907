package org.strikemap.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that region table edits which would mislabel the map are refused, and the committed tables themselves. */
class RegionTableTest {

    @TempDir
    Path dir;

    private RegionTable tableWithHeader(String header, String... rows) throws IOException {
        Path csv = dir.resolve("UA.csv");
        Files.writeString(csv, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return RegionTable.read(csv);
    }

    private RegionTable table(String... rows) throws IOException {
        return tableWithHeader("source_name,code,name,name_uk", rows);
    }

    @Test
    void readsRowsQuotedFieldsAndOneNamePerLanguageColumn() throws IOException {
        RegionTable table = tableWithHeader("source_name,code,name,name_uk,name_pl", "Kiev City,UA-30,Kyiv (city),Київ,Kijów",
                "\"Odessa\",UA-51,\"Odesa Oblast, \"\"south\"\"\",Одеська область,Obwód odeski");
        assertEquals("UA", table.country());
        assertEquals(List.of("uk", "pl"), table.languageTags());
        assertEquals("UA-30", table.forSourceName("Kiev City").code());
        assertEquals(Map.of("uk", "Київ", "pl", "Kijów"), table.forSourceName("Kiev City").namesByTag());
        assertEquals("Odesa Oblast, \"south\"", table.forSourceName("Odessa").name());
    }

    @Test
    void aTableWithoutLanguageColumnsHasEnglishNamesOnly() throws IOException {
        RegionTable table = tableWithHeader("source_name,code,name", "Kiev City,UA-30,Kyiv (city)");
        assertEquals(List.of(), table.languageTags());
        assertEquals(Map.of(), table.forSourceName("Kiev City").namesByTag());
    }

    @Test
    void refusesDuplicateCodesForeignCodesBadCodesAndShortRows() {
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a,a", "B,UA-30,b,b"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a,a", "A,UA-32,b,b"));
        assertThrows(IllegalArgumentException.class, () -> table("A,PL-30,a,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-,a,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,ua-30,a,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,,a"));
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a,"));
    }

    @Test
    void refusesAWrongHeaderOrLanguageColumn() {
        assertThrows(IllegalArgumentException.class, () -> tableWithHeader("name,code", "A,UA-30"));
        assertThrows(IllegalArgumentException.class, () -> tableWithHeader("source_name,code,name,nameUk", "A,UA-30,a,a"));
        assertThrows(IllegalArgumentException.class, () -> tableWithHeader("source_name,code,name,name_UK", "A,UA-30,a,a"));
        assertThrows(IllegalArgumentException.class, () -> tableWithHeader("source_name,code,name,name_uk,name_uk",
                "A,UA-30,a,a,a"));
    }

    @Test
    void theCountryIsTheFileName() throws IOException {
        Path csv = dir.resolve("regions.csv");
        Files.writeString(csv, "source_name,code,name\nA,UA-30,a\n", StandardCharsets.UTF_8);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RegionTable.read(csv));
        assertTrue(error.getMessage().contains("<CC>.csv"), error.getMessage());
    }

    @Test
    void errorsNameTheLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> table("A,UA-30,a,a", "B,UA-30,b,b"));
        assertTrue(error.getMessage().contains("UA.csv line 3: code UA-30"), error.getMessage());
    }

    @Test
    void anUnknownSourceNameIsAnError() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> table("A,UA-30,a,a").forSourceName("Crimea"));
    }

    @Test
    void committedTablesHaveOneRowPerUnitOfTheirCountry() throws IOException {
        List<String> countries = new ArrayList<>();
        try (DirectoryStream<Path> tables = Files.newDirectoryStream(Path.of("data/boundaries/regions"), "*.csv")) {
            for (Path csv : tables) {
                RegionTable table = RegionTable.read(csv);
                countries.add(table.country());
                assertEquals(table.size(), table.regions().stream().map(RegionTable.Region::code).distinct().count());
            }
        }
        assertTrue(countries.containsAll(List.of("UA", "PL")), "tables: " + countries);
    }

    @Test
    void ukraineHasTwentySevenUnitsNamedInUkrainian() throws IOException {
        RegionTable ukraine = RegionTable.read(Path.of("data/boundaries/regions/UA.csv"));
        assertEquals(27, ukraine.size());
        assertEquals(List.of("uk"), ukraine.languageTags());
        assertEquals("Київ", ukraine.forSourceName("Kiev City").namesByTag().get("uk"));
        assertEquals("UA-51", ukraine.forSourceName("Odessa").code());
    }

    @Test
    void polandHasTheSixteenVoivodeshipsOfTheNumericCodes() throws IOException {
        RegionTable poland = RegionTable.read(Path.of("data/boundaries/regions/PL.csv"));
        // ISO 3166-2:PL since 2018: PL-02, PL-04, ... PL-32, in the alphabetical order of the Polish names.
        List<String> expected = IntStream.rangeClosed(1, 16).mapToObj(i -> String.format("PL-%02d", 2 * i)).toList();
        assertEquals(expected, poland.regions().stream().map(RegionTable.Region::code).sorted().toList());
        assertEquals(List.of("pl", "uk"), poland.languageTags());
        assertEquals("PL-14", poland.forSourceName("Masovian").code());
        assertEquals("Województwo mazowieckie", poland.forSourceName("Masovian").namesByTag().get("pl"));
        assertEquals("PL-20", poland.forSourceName("Podlachian").code());
        assertEquals("Podlaskie Voivodeship", poland.forSourceName("Podlachian").name());
    }

    @Test
    void countryNamesRefuseBadCodesAndRepeats() throws IOException {
        Path csv = dir.resolve("country-names.csv");
        Files.writeString(csv, "alpha2,name,name_uk\nPL,Poland,Польща\nUA,,Україна\n", StandardCharsets.UTF_8);
        CountryNames names = CountryNames.read(csv);
        assertEquals(new CountryNames.Names("Poland", Map.of("uk", "Польща")), names.forAlpha2("PL"));
        assertEquals("", names.forAlpha2("UA").name(), "a blank English name keeps Natural Earth's");
        assertEquals(new CountryNames.Names("", Map.of()), names.forAlpha2(null));
        Files.writeString(csv, "alpha2,name\nPL,Poland\nPL,Polska\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> CountryNames.read(csv));
        Files.writeString(csv, "alpha2,name\nPOL,Poland\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> CountryNames.read(csv));
    }
}

package org.strikemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.source.Quotes;
import org.strikemap.source.Source;

/**
 * A report's address ({@code url} in sources.csv) and stored text ({@code texts/<id>.txt}) in the map folder format:
 * read from the fixture (report 001 has a text, 000 an address), stored and read back from the database, written out
 * by the export to the same bytes and the same content hash, and what a bad one is refused with.
 */
class SourceTextsTest {

    @TempDir
    Path temp;

    static final String FIXTURE_TEXT = "Second Outlet, Friday.\r\n\r\nA crater near Bucha, under investigation. More than 60"
            + " \u201Cinjured\u201D, it said.\r\n";

    LoadedDataset read(Path data) {
        return MapReader.folders(data, data.resolve("boundaries")).getFirst();
    }

    @Test
    void theFixturesAddressAndStoredTextAreReadStoredAndReadBack() {
        Path data = TestDatabase.copyFixture(temp);
        LoadedDataset map = read(data);
        Source wire = map.sources().find("000").orElseThrow();
        Source second = map.sources().find("001").orElseThrow();
        assertThat(wire.url()).isEqualTo("https://example.org/fixture-wire/000");
        assertThat(wire.text()).isNull();
        assertThat(second.url()).isNull();
        assertThat(second.text()).isEqualTo(FIXTURE_TEXT);

        TestDatabase db = TestDatabase.create();
        db.load(data);
        assertThat(db.read(data).sources().all()).isEqualTo(map.sources().all());
    }

    @Test
    void theQuotesOfAReportWithStoredTextAreFoundInItAndOthersAreNot() {
        LoadedDataset map = read(TestDatabase.copyFixture(temp));
        String text = map.sources().find("001").orElseThrow().text();
        String claimQuote = map.sources().claims().stream().filter(claim -> claim.id().equals("c-kharkiv-injured-001"))
                .findFirst().orElseThrow().quote();
        assertThat(Quotes.find(claimQuote, text).found()).as(claimQuote).isTrue();
        assertThat(Quotes.find(map.strikes().byId().get("bucha-crater").citation().quote(), text).found()).isTrue();
        assertThat(Quotes.find("More than 70 \"injured\", it said.", text).found()).isFalse();
    }

    @Test
    void theExportWritesTheFixturesFilesBackByteForByteWithTheSameHash() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        LoadedDataset map = read(data);
        Map<String, byte[]> files = MapExport.files(map);
        assertThat(new String(files.get("texts/001.txt"), StandardCharsets.UTF_8)).isEqualTo(FIXTURE_TEXT);
        assertThat(files).doesNotContainKey("texts/000.txt");
        assertThat(new String(files.get("sources.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(data.resolve("sources.csv")));
        assertThat(texts(MapExport.files(MapReader.files(files, "fixture", "zip/")))).isEqualTo(texts(files));
        assertThat(roundTrip(files).hash()).isEqualTo(MapReader.files(files, "fixture", "zip/").hash());
    }

    static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /** The map of {@code files} written out again and read back: an export's import. */
    static LoadedDataset roundTrip(Map<String, byte[]> files) {
        return MapReader.files(MapExport.files(MapReader.files(files, "fixture", "zip/")), "fixture", "zip/");
    }

    @Test
    void aMapWithoutAddressesOrTextsIsWrittenWithoutTheAddressColumnOrTheTextsFolder() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        Files.delete(data.resolve("texts/001.txt"));
        TestDatabase.edit(data, "sources.csv", ",url\n", "\n");
        TestDatabase.edit(data, "sources.csv", ",https://example.org/fixture-wire/000\n", "\n");
        TestDatabase.edit(data, "sources.csv", "two lines.\",\n", "two lines.\"\n");
        TestDatabase.edit(data, "sources.csv", "2024\",,\n", "2024\",\n");
        LoadedDataset map = read(data);
        Map<String, byte[]> files = MapExport.files(map);
        assertThat(new String(files.get("sources.csv"), StandardCharsets.UTF_8))
                .startsWith("id,file,outlet,headline,date_as_given,note\n")
                .isEqualTo(Files.readString(data.resolve("sources.csv")));
        assertThat(files.keySet()).noneMatch(name -> name.startsWith("texts/"));
    }

    @Test
    void aReportWithoutSeedFileLoadsAndRoundTrips() {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase.edit(data, "sources.csv", "001,001_fixture.txt,", "001,,");
        LoadedDataset map = read(data);
        assertThat(map.sources().find("001").orElseThrow().file()).isNull();
        Map<String, byte[]> files = MapExport.files(map);
        assertThat(new String(files.get("sources.csv"), StandardCharsets.UTF_8)).contains("\n001,,Second Outlet,");
        assertThat(roundTrip(files).sources()).isEqualTo(map.sources());
        assertThat(roundTrip(files).hash()).isEqualTo(MapReader.files(files, "fixture", "zip/").hash());
    }

    @Test
    void aTextOfNoReportIsRefusedWithItsFile() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        Files.writeString(data.resolve("texts/009.txt"), "A text without its report.");
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/texts/009.txt: is the stored text of no report: 009 is not an id in sources.csv");
    }

    @Test
    void aFileInTextsThatIsNoReportsTextIsRefused() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        Files.writeString(data.resolve("texts/notes.md"), "Some notes.");
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/texts/notes.md: is not a report's stored text: those are named texts/<report id>.txt");
    }

    @Test
    void aBlankTextOrOneWithAControlCharacterIsRefused() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        Files.writeString(data.resolve("texts/001.txt"), " \n");
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/texts/001.txt: stored text is blank; leave it out");
        Files.writeString(data.resolve("texts/001.txt"), "A text\u0000with a NUL.");
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/texts/001.txt: stored text holds the control character U+0000 at character 7");
    }

    @Test
    void aTextThatIsNotUtf8IsRefusedWithItsLineAndColumn() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        Files.write(data.resolve("texts/001.txt"), new byte[] {'O', 'n', 'e', '\n', 't', 'w', (byte) 0xC3, 'o'});
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/texts/001.txt:2:3: is not valid UTF-8 (byte 0xC3); save the file as UTF-8");
    }

    @Test
    void aTextOverTheCapIsRefused() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        Files.writeString(data.resolve("texts/001.txt"), "a".repeat(Limits.MAX_SOURCE_TEXT + 1));
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/texts/001.txt: stored text is " + (Limits.MAX_SOURCE_TEXT + 1)
                        + " characters long; a report's stored text holds at most " + Limits.MAX_SOURCE_TEXT);
    }

    @Test
    void anAddressThatIsNoWebAddressIsRefusedWithItsLine() {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase.edit(data, "sources.csv", "https://example.org/fixture-wire/000", "ftp://example.org/000");
        assertThatThrownBy(() -> read(data)).isInstanceOf(DatasetException.class)
                .hasMessage("data/sources.csv:2: address 'ftp://example.org/000' is not an http:// or https:// address"
                        + " without spaces");
    }

    @Test
    void aTextIsReadAsItsFileSaysWhateverTheMapFilesAreHeldIn() {
        Map<String, byte[]> files = new TreeMap<>(MapExport.files(read(TestDatabase.copyFixture(temp))));
        files.put("texts/001.txt", "Changed.".getBytes(StandardCharsets.UTF_8));
        assertThat(MapReader.files(files, "fixture", "zip/").sources().find("001").orElseThrow().text()).isEqualTo("Changed.");
    }
}

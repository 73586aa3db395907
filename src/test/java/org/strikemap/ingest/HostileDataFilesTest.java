package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strikemap.ingest.HostileFiles.bytes;
import static org.strikemap.ingest.HostileFiles.concat;
import static org.strikemap.ingest.HostileFiles.edit;
import static org.strikemap.ingest.HostileFiles.pretty;
import static org.strikemap.ingest.HostileFiles.read;
import static org.strikemap.ingest.HostileFiles.readFixture;
import static org.strikemap.ingest.HostileFiles.replace;
import static org.strikemap.ingest.HostileFiles.setCell;
import static org.strikemap.ingest.HostileFiles.sparse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikemap.ingest.HostileFiles.Spoil;

/**
 * Issue 9's hostile data files: each case spoils one copy of the fixture the way a careless editor, a bad export or
 * an attacker with write access to data/ would. A rejected load must say {@code file:line(:column): reason}, throw
 * nothing from JDBC, and leave the database exactly as the previous good load left it. docs/HARDENING.md lists the
 * groups. The columns' length cases are generated from {@link Limits}, which LimitsTest holds to the schema.
 */
class HostileDataFilesTest {

    /** {@code data/file:line(:column): reason}, or {@code data/file: reason} when the whole file is at fault. */
    private static final Pattern LOCATED = Pattern.compile("data/[\\w./-]+(:(\\d+)(:(\\d+))?)?: \\S.*", Pattern.DOTALL);

    private static final List<String> CSV_REQUIRED = List.of("dataset.csv", "sources.csv", "strikes.csv", "claims.csv");
    /** The boundary library's files the fixture map draws from (its area UA, the countries, its launch area). */
    private static final List<String> GEOJSON = List.of("boundaries/regions/UA.geojson", "boundaries/countries.geojson",
            "boundaries/launch-areas.geojson");

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    static TestDatabase db;
    static List<String> loaded;

    @BeforeAll
    static void loadTheGoodFixture() {
        db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(shared));
        loaded = db.dump();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void isRejectedWithItsPlaceAndTheDatabaseIsUntouched(String name, Spoil spoil, String expected) throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        spoil.apply(data);
        DatasetException e = assertThrows(DatasetException.class, () -> db.load(data));
        String message = e.getMessage();
        assertTrue(LOCATED.matcher(message).matches(), message);
        assertTrue(message.startsWith(expected), "expected " + expected + "\n but got " + message);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            assertFalse(cause instanceof SQLException || cause.getClass().getName().startsWith("org.springframework.dao"),
                    "a database error: " + cause);
        }
        assertEquals(loaded, db.dump());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void isAccepted(String name, Spoil spoil, int rangeRings) throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        spoil.apply(data);
        TestDatabase fresh = TestDatabase.create();
        assertTrue(fresh.load(data));
        assertEquals(4, fresh.count("strikes"));
        assertEquals(rangeRings, fresh.count("range_rings"));
        assertEquals(27, fresh.count("regions"));
        assertEquals(6, fresh.count("claims"));
    }

    @Test
    void aTruncatedGeoJsonFileIsReportedWhereItEnds() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        String pretty = pretty(read(data, "boundaries/regions/UA.geojson"));
        String cut = pretty.substring(0, pretty.indexOf("UA-35"));
        Files.writeString(data.resolve("boundaries/regions/UA.geojson"), cut);
        String message = assertThrows(DatasetException.class, () -> db.load(data)).getMessage();
        String[] lines = cut.split("\n", -1);
        int[] at = position(message);
        assertEquals(lines.length, at[0], message);
        assertTrue(Math.abs(lines[lines.length - 1].length() + 1 - at[1]) <= 1, message);
        assertEquals(loaded, db.dump());
    }

    @Test
    void aBadFeatureInAPrettyPrintedFileIsReportedWhereTheFeatureStarts() throws IOException {
        Path data = TestDatabase.copyFixture(temp);
        String pretty = pretty(read(data, "boundaries/regions/UA.geojson"))
                .replace("\"name\" : \"Kharkiv Oblast\"", "\"name\" : \"\"");
        Files.writeString(data.resolve("boundaries/regions/UA.geojson"), pretty);
        String message = assertThrows(DatasetException.class, () -> db.load(data)).getMessage();
        assertTrue(message.endsWith(" has no property 'name'"), message);
        int[] at = position(message);
        List<String> lines = pretty.lines().toList();
        assertEquals('{', lines.get(at[0] - 1).charAt(at[1] - 1), message);
        // The feature that starts there is the spoiled one: its id comes before the next feature starts.
        String from = String.join("\n", lines.subList(at[0] - 1, lines.size()));
        assertTrue(from.indexOf("\"UA-63\"") < from.indexOf("\"Feature\"", from.indexOf("\"Feature\"") + 1), message);
        assertEquals(loaded, db.dump());
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("a byte order mark on every file", (Spoil) data -> {
                    for (String file : concat(CSV_REQUIRED, GEOJSON, List.of("range-rings.csv"))) {
                        byte[] bytes = Files.readAllBytes(data.resolve(file));
                        Files.write(data.resolve(file), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes));
                    }
                }, 1),
                Arguments.of("CRLF line ends in every CSV file", (Spoil) data -> {
                    for (String file : concat(CSV_REQUIRED, List.of("range-rings.csv"))) {
                        Files.writeString(data.resolve(file), read(data, file).replace("\n", "\r\n"));
                    }
                }, 1),
                Arguments.of("range-rings.csv absent (an optional layer)", (Spoil) data -> Files.delete(data.resolve("range-rings.csv")), 0),
                Arguments.of("GeoJSON pretty-printed over many lines", (Spoil) data -> {
                    for (String file : GEOJSON) {
                        Files.writeString(data.resolve(file), pretty(read(data, file)));
                    }
                }, 1));
    }

    static Stream<Arguments> rejected() {
        List<Arguments> cases = new ArrayList<>();
        requiredFiles(cases);
        cellLengths(cases);
        encodings(cases);
        csvStructure(cases);
        identities(cases);
        values(cases);
        geoJson(cases);
        caps(cases);
        return cases.stream();
    }

    private static void requiredFiles(List<Arguments> cases) {
        for (String file : concat(CSV_REQUIRED, GEOJSON)) {
            cases.add(Arguments.of(file + " missing", (Spoil) data -> Files.delete(data.resolve(file)),
                    file.equals("boundaries/regions/UA.geojson")
                            ? "data/dataset.csv:11: area UA has no regions in the boundary library (data/boundaries/regions/ has none)"
                            : "data/" + file + ": file is missing"));
            cases.add(Arguments.of(file + " zero bytes", (Spoil) data -> Files.write(data.resolve(file), new byte[0]),
                    "data/" + file + ":1: the file is empty"));
            boolean csv = file.endsWith(".csv");
            cases.add(Arguments.of(file + (csv ? " header only" : " no features"), (Spoil) data -> Files.writeString(
                    data.resolve(file), csv ? read(data, file).lines().findFirst().orElseThrow() + "\n"
                            : "{\"type\":\"FeatureCollection\",\"features\":[]}"),
                    "data/" + file + (csv ? ":1: has a header but no rows" : ":1: has no features")));
        }
        cases.add(Arguments.of("range-rings.csv header only", (Spoil) data -> Files.writeString(data.resolve("range-rings.csv"),
                "launch_site,radius_km,label,by,source,quote\n"),
                "data/range-rings.csv:1: has a header but no rows; delete the file if the map has none"));
        cases.add(Arguments.of("range-rings.csv zero bytes", (Spoil) data -> Files.write(data.resolve("range-rings.csv"),
                new byte[0]), "data/range-rings.csv:1: the file is empty"));
    }

    /** Every column of every CSV file, one character over what its cell may hold, in the first row. */
    private static void cellLengths(List<Arguments> cases) {
        for (String file : concat(CSV_REQUIRED, List.of("range-rings.csv"))) {
            List<String> header = Csv.parse(file, readFixture(file)).getFirst().fields();
            for (String column : header) {
                int max = Limits.cell(file, column);
                String target = Limits.columnOf(file, column);
                cases.add(Arguments.of(file + " " + column + " of " + (max + 1) + " characters", (Spoil) data ->
                        setCell(data, file, column, "x".repeat(max + 1)),
                        "data/" + file + ":2: " + column + " is " + (max + 1) + " characters long; "
                                + (target != null ? "the column " + target : "a number, date or code") + " holds at most " + max));
            }
        }
        cases.add(Arguments.of("regions.geojson a name of 201 characters", (Spoil) data -> replace(data,
                "boundaries/regions/UA.geojson", "\"name\":\"Kyiv (city)\"", "\"name\":\"" + "x".repeat(201) + "\""),
                "data/boundaries/regions/UA.geojson:1:41: feature 0 property 'name' is 201 characters long; regions.name holds at most 200"));
        cases.add(Arguments.of("launch-areas.geojson an id of 33 characters", (Spoil) data -> replace(data,
                "boundaries/launch-areas.geojson", "\"id\":\"RU.VR\",\"name\"", "\"id\":\"" + "x".repeat(33) + "\",\"name\""),
                "data/boundaries/launch-areas.geojson:1:41: feature 0 id is 33 characters long; areas.id holds at most 32"));
    }

    private static void encodings(List<Arguments> cases) {
        cases.add(bytes("a lone 0xFF in a strike's place", "strikes.csv", "Kyiv,UA-30", new byte[] {'K', (byte) 0xFF},
                "data/strikes.csv:3:13: is not valid UTF-8 (byte 0xFF)"));
        cases.add(bytes("Latin-1 e-acute in a source's outlet", "sources.csv", "Second Outlet", new byte[] {'S', (byte) 0xE9},
                "data/sources.csv:3:22: is not valid UTF-8 (byte 0xE9)"));
        cases.add(bytes("an overlong encoding of '.'", "claims.csv", "Three were killed.", new byte[] {'T', (byte) 0xC0, (byte) 0xAE},
                "data/claims.csv:6:"));
        cases.add(bytes("an encoded surrogate", "dataset.csv", "A small dataset", new byte[] {'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "data/dataset.csv:4:8: is not valid UTF-8 (byte 0xED)"));
        cases.add(bytes("bad UTF-8 after Cyrillic on the same line", "places.csv", "Харків,", new byte[] {(byte) 0xD0, (byte) 0xA5, (byte) 0x80},
                "data/places.csv:3:10: is not valid UTF-8 (byte 0x80)"));
        cases.add(Arguments.of("a multi-byte character cut off at the end of the file", (Spoil) data -> {
            byte[] bytes = Files.readAllBytes(data.resolve("places.csv"));
            Files.write(data.resolve("places.csv"), concat(bytes, new byte[] {(byte) 0xD0}));
        }, "data/places.csv:5:1: is not valid UTF-8 (byte 0xD0)"));
        cases.add(bytes("0xFE inside regions.geojson", "boundaries/regions/UA.geojson", "\"Kyiv (city)\"", new byte[] {'"', (byte) 0xFE},
                "data/boundaries/regions/UA.geojson:1:"));
        cases.add(edit("a NUL character in a quote", "strikes.csv", "The strike on Kharkiv", "The\u0000strike on Kharkiv",
                "data/strikes.csv:2: quote holds the control character U+0000 at character 4"));
        cases.add(edit("a byte order mark inside a cell", "claims.csv", "3 killed", "3\uFEFF killed",
                "data/claims.csv:6: text holds the control character U+FEFF at character 2"));
        cases.add(edit("an escape character in a title", "dataset.csv", "title,Fixture", "title,\u001B[31mFixture",
                "data/dataset.csv:2: value holds the control character U+001B at character 1"));
    }

    private static void csvStructure(List<Arguments> cases) {
        cases.add(edit("an unclosed quote on line 2 that runs into line 3's quotes", "strikes.csv", ",The strike on Kharkiv",
                ",\"The strike on Kharkiv", "data/strikes.csv:2: a quoted field opens here and is never closed (the next double"
                        + " quote, on line 3, is followed by more text)"));
        cases.add(edit("a stray quote that ends in the same line's quotes", "strikes.csv", ",Kyiv,UA-30", ",\"Kyiv,UA-30",
                "data/strikes.csv:3: text after a closing quote"));
        cases.add(edit("an unclosed quote in the last row", "range-rings.csv", ",Up to 650 km.", ",\"Up to 650 km.",
                "data/range-rings.csv:2: a quoted field is never closed"));
        cases.add(edit("an unclosed quote opening a multi-line swallow", "strikes.csv", "month,reported,000,\"Used",
                "month,reported,000,\"\"Used", "data/strikes.csv:3: text after a closing quote"));
        cases.add(edit("a quote inside an unquoted field", "places.csv", "Kyiv,Київ", "Ky\"iv,Київ",
                "data/places.csv:2: a double quote inside an unquoted field"));
        cases.add(edit("a lone carriage return", "launch-sites.csv", "Voronezh region,", "Voronezh\rregion,",
                "data/launch-sites.csv:2: a carriage return that does not end the line"));
        cases.add(edit("a row with a field too many", "places.csv", "Kharkiv,Харків,49.9935", "Kharkiv,Харків,,49.9935",
                "data/places.csv:3: has 8 fields, the header 7"));
        cases.add(edit("a header with a column twice", "launch-sites.csv", "id,name,lat", "id,id,lat",
                "data/launch-sites.csv:1: the header is id,id,lat"));
    }

    private static void identities(List<Arguments> cases) {
        cases.add(edit("a duplicate source id", "sources.csv", "001,001_fixture", "000,001_fixture", "data/sources.csv:3: id 000 appears twice"));
        cases.add(edit("a duplicate place name", "places.csv", "Kharkiv,Харків", "Kyiv,Харків", "data/places.csv:3: name Kyiv appears twice"));
        cases.add(edit("a duplicate range ring", "range-rings.csv", "Up to 650 km.\n",
                "Up to 650 km.\nvoronezh,650.0,Again,Prosecutor General,002,Up to 650 km.\n",
                "data/range-rings.csv:3: a 650.0 km ring around voronezh appears twice"));
        cases.add(edit("a duplicate region code", "boundaries/regions/UA.geojson", "\"code\":\"UA-32\"", "\"code\":\"UA-30\"",
                "data/boundaries/regions/UA.geojson:1:"));
        cases.add(edit("a claim about a strike that does not exist", "claims.csv", "c-kharkiv-killed-002,kharkiv-day",
                "c-kharkiv-killed-002,kharkiv-night", "data/claims.csv:6: subject kharkiv-night is neither a strike id"));
        cases.add(edit("a claim citing a source that does not exist", "claims.csv", "Prosecutor General,002,Three", "Prosecutor General,007,Three",
                "data/claims.csv:6: source 007 is not an id in sources.csv"));
        cases.add(edit("a launch site citing no source", "launch-sites.csv", "General,002,", "General,,", "data/launch-sites.csv:2: source is empty"));
        cases.add(edit("an id with a trailing space", "strikes.csv", "kyiv-month,", "kyiv-month ,",
                "data/strikes.csv:3: id 'kyiv-month ' has leading or trailing spaces"));
    }

    private static void values(List<Arguments> cases) {
        for (String[] bad : new String[][] {{"NaN", "'NaN' is not a number"}, {"Infinity", "'Infinity' is not a number"},
                {"-Infinity", "'-Infinity' is not a number"}, {"1e999", "1e999 is outside -90..90"}, {"0x32", "'0x32' is not a number"},
                {" 49.9935", "' 49.9935' is not a number"}}) {
            cases.add(edit("a strike's latitude " + bad[0], "strikes.csv", "49.9935,36.2304", bad[0] + ",36.2304",
                    "data/strikes.csv:2: lat " + bad[1]));
        }
        cases.add(edit("a place's longitude 181", "places.csv", "50.4501,30.5234", "50.4501,181", "data/places.csv:2: lon 181 is outside -180..180"));
        cases.add(edit("the 30th of February", "strikes.csv", "2024-01-02,2024-01-02", "2024-02-30,2024-02-30",
                "data/strikes.csv:2: date_from 2024-02-30 is not a date (yyyy-mm-dd)"));
        cases.add(edit("a date with a time", "strikes.csv", "2024-01-02,2024-01-02", "2024-01-02T10:00,2024-01-02",
                "data/strikes.csv:2: date_from 2024-01-02T10:00 is not a date (yyyy-mm-dd)"));
        cases.add(edit("a negative count", "claims.csv", "injured,,61,", "injured,,-61,", "data/claims.csv:7: min and max are counts and never negative"));
        cases.add(edit("a count beyond an integer", "claims.csv", "injured,,61,", "injured,,99999999999,",
                "data/claims.csv:7: min '99999999999' is not a whole number"));
        cases.add(edit("a zero-radius ring", "range-rings.csv", "voronezh,650", "voronezh,0", "data/range-rings.csv:2: radius_km 0 is outside 0.001..9999"));
    }

    private static void geoJson(List<Arguments> cases) {
        String regions = "boundaries/regions/UA.geojson";
        cases.add(Arguments.of("regions.geojson cut off halfway", (Spoil) data -> {
            String pretty = pretty(read(data, regions));
            Files.writeString(data.resolve(regions), pretty.substring(0, pretty.length() / 2));
        }, "data/boundaries/regions/UA.geojson:"));
        cases.add(Arguments.of("regions.geojson with text after the document", (Spoil) data ->
                Files.writeString(data.resolve(regions), read(data, regions) + "\n{}"), "data/boundaries/regions/UA.geojson:2:1: more text after"));
        cases.add(Arguments.of("regions.geojson nested 600 deep", (Spoil) data -> Files.writeString(data.resolve(regions),
                "{\"type\":\"FeatureCollection\",\"features\":" + "[".repeat(600) + "]".repeat(600) + "}"),
                "data/boundaries/regions/UA.geojson:1:"));
        cases.add(edit("coordinates nested 200 deep", regions, "\"coordinates\":[[[30.4,50.3]", "\"coordinates\":[[" + "[".repeat(200)
                + "30.4,50.3" + "]".repeat(200), "data/boundaries/regions/UA.geojson:1:41: feature 0:"));
        cases.add(edit("a region that is a Point", regions, "\"type\":\"Polygon\",\"coordinates\":[[[30.4,50.3],[30.8,50.3],[30.8,50.6],[30.4,50.6],[30.4,50.3]]]",
                "\"type\":\"Point\",\"coordinates\":[30.4,50.3]",
                "data/boundaries/regions/UA.geojson:1:41: feature 0 geometry must be a non-empty Polygon or MultiPolygon, not Point"));
        cases.add(edit("a launch area that is a LineString", "boundaries/launch-areas.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[38.2,49.5],[42.9,49.5],[42.9,52.1],[38.2,52.1],[38.2,49.5]]]}",
                "{\"type\":\"LineString\",\"coordinates\":[[38.2,49.5],[42.9,49.5]]}", "data/boundaries/launch-areas.geojson:1:41: feature 0 geometry must be"));
        cases.add(edit("a ring that is not closed", regions, "[30.4,50.6],[30.4,50.3]]]", "[30.4,50.6],[30.4,50.4]]]",
                "data/boundaries/regions/UA.geojson:1:41: feature 0:"));
        cases.add(edit("a bow-tie polygon", regions, "[[[30.4,50.3],[30.8,50.3],[30.8,50.6],[30.4,50.6],[30.4,50.3]]]",
                "[[[30.4,50.3],[30.8,50.6],[30.8,50.3],[30.4,50.6],[30.4,50.3]]]",
                "data/boundaries/regions/UA.geojson:1:41: feature 0 geometry is not valid: Self-intersection"));
        cases.add(edit("a longitude of 200", "boundaries/countries.geojson", "[42.0,50.0]", "[200.0,50.0]",
                "data/boundaries/countries.geojson:1:41: feature 0 has the position [200.0, 50.0]"));
        cases.add(edit("a NaN in coordinates", "boundaries/countries.geojson", "[[[38.0,50.0]", "[[[NaN,50.0]",
                "data/boundaries/countries.geojson:1:"));
        cases.add(edit("a number too big for a double", "boundaries/countries.geojson", "[42.0,50.0]", "[1e999,50.0]",
                "data/boundaries/countries.geojson:1:41: feature 0 has the position [Infinity, 50.0]"));
        cases.add(edit("not a FeatureCollection", "boundaries/launch-areas.geojson", "\"FeatureCollection\"", "\"GeometryCollection\"",
                "data/boundaries/launch-areas.geojson:1: expected a GeoJSON FeatureCollection"));
    }

    private static void caps(List<Arguments> cases) {
        cases.add(Arguments.of("claims.csv over the size cap", (Spoil) data -> sparse(data.resolve("claims.csv"), Limits.MAX_FILE_BYTES + 1),
                "data/claims.csv: is 32.0 MB, over the cap of 32.0 MB"));
        cases.add(Arguments.of("regions.geojson of 40 MB", (Spoil) data -> sparse(data.resolve("boundaries/regions/UA.geojson"), 40L << 20),
                "data/boundaries/regions/UA.geojson: is 40.0 MB, over the cap of 32.0 MB"));
        cases.add(Arguments.of("strikes.csv one row over the row cap", (Spoil) data -> {
            StringBuilder text = new StringBuilder(read(data, "strikes.csv").lines().findFirst().orElseThrow()).append('\n');
            text.append(",,,,,,,,,,,,\n".repeat(Limits.MAX_ROWS + 1));
            Files.writeString(data.resolve("strikes.csv"), text);
        }, "data/strikes.csv:" + (Limits.MAX_ROWS + 2) + ": more than " + Limits.MAX_ROWS + " rows"));
    }

    /** The line and column a message names, for cases that check the position against the file itself. */
    static int[] position(String message) {
        Matcher m = LOCATED.matcher(message);
        return m.matches() && m.group(4) != null ? new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4))} : null;
    }
}

package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad input: one edit to the fixture, the exact message, and the database left as it was. */
class DatasetValidationTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    /** One database for every case: a rejected load must leave it exactly as the good load did. */
    static TestDatabase db;
    static List<String> loaded;

    @BeforeAll
    static void loadTheGoodFixture() {
        db = TestDatabase.create();
        db.load(TestDatabase.copyFixture(shared));
        loaded = db.dump();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            strikes.csv | 2024-01-02,2024-01-02,day | 2024-13-01,2024-01-02,day | data/strikes.csv:2: date_from 2024-13-01 is not a date (yyyy-mm-dd)
            strikes.csv | 2024-01-02,2024-01-02,day | 2024-1-2,2024-01-02,day | data/strikes.csv:2: date_from 2024-1-2 is not a date (yyyy-mm-dd)
            strikes.csv | 2024-01-01,2024-01-31,month | 2024-02-01,2024-01-31,month | data/strikes.csv:3: date_from 2024-02-01 is after date_to 2024-01-31
            strikes.csv | 2024-01-02,2024-01-02,day | 2024-01-02,2024-01-03,day | data/strikes.csv:2: date_precision day: a day date starts and ends on the same day, not 2024-01-02..2024-01-03
            strikes.csv | 2024-01-01,2024-01-31,month | 2024-01-01,2024-01-30,month | data/strikes.csv:3: date_precision month: a month date runs from the first to the last day of one month, not 2024-01-01..2024-01-30
            strikes.csv | 2023-12-30,,unknown | 2023-12-30,2024-01-05,unknown | data/strikes.csv:5: date_precision unknown: an unknown date has no end date, but got 2024-01-05
            strikes.csv | 2023-12-30,,unknown | 2023-12-30,,period | data/strikes.csv:5: date_precision period: a period date needs an end date
            strikes.csv | 2023-12-21,2023-12-31,late-month | 2023-12-21,2023-12-31,late | data/strikes.csv:4: date precision 'late' is not one of day, month, late-month, period, unknown
            strikes.csv | town,2024-01-02 | city,2024-01-02 | data/strikes.csv:2: location precision 'city' is not one of site, town, region
            strikes.csv | day,reported | day,confirmed | data/strikes.csv:2: status 'confirmed' is not one of reported, under-investigation
            strikes.csv | 49.9935,36.2304 | 99.9935,36.2304 | data/strikes.csv:2: lat 99.9935 is outside -90..90
            strikes.csv | 49.9935,36.2304 | 49.9935,east | data/strikes.csv:2: lon 'east' is not a number
            strikes.csv | UA-63 | UA-99 | data/strikes.csv:2: region UA-99 is not one of the 27 regions of the map's area
            strikes.csv | UA-63 | UA-14 | data/strikes.csv:2: point 49.9935,36.2304 lies outside its region UA-14 (more than 0.05° from its boundary)
            strikes.csv | kyiv-month | kharkiv-day | data/strikes.csv:3: id kharkiv-day appears twice
            strikes.csv | reported,002 | reported,009 | data/strikes.csv:2: source 009 is not an id in sources.csv
            strikes.csv | Central Kharkiv | '' | data/strikes.csv:2: place is empty
            strikes.csv | ,A note. | ,A note.,extra | data/strikes.csv:3: has 14 fields, the header 13
            strikes.csv | status,source | state,source | data/strikes.csv:1: the header is id,place,region,lat,lon,location_precision,date_from,date_to,date_precision,state,source,quote,note but must have the columns id,place,region,lat,lon,location_precision,date_from,date_to,date_precision,status,source,quote,note and may have place_<language>,note_<language>
            strikes.csv | under investigation.", | under investigation., | data/strikes.csv:5: a quoted field is never closed
            strikes.csv | A late-December attack. | "A late-December attack. | data/strikes.csv:4: a quoted field opens here and is never closed (the next double quote, on line 5, is followed by more text)
            dataset.csv | view_south,44.2 | view_south,south | data/dataset.csv:6: key 'view_south': 'south' is not a number
            dataset.csv | view_north,52.6 | view_north,95 | data/dataset.csv:8: key 'view_north': 95 is outside -90.0..90.0
            dataset.csv | view_north,52.6 | view_north,40 | data/dataset.csv: view_south must be below view_north and view_west left of view_east
            dataset.csv | credit,Boundaries | colour,Boundaries | data/dataset.csv:5: key 'colour' is not one of about, area, credit, language, launch_area_label, reports_language, ring_label_bearing, subtitle, title, view_east, view_north, view_south, view_west, nor one of title, subtitle, about, credit, launch_area_label followed by _ and a language tag (title_uk)
            dataset.csv | title,Fixture | subtitle,Fixture | data/dataset.csv:3: key subtitle appears twice
            dataset.csv | about,A small | about2,A small | data/dataset.csv:4: key 'about2' is not one of about, area, credit, language, launch_area_label, reports_language, ring_label_bearing, subtitle, title, view_east, view_north, view_south, view_west, nor one of title, subtitle, about, credit, launch_area_label followed by _ and a language tag (title_uk)
            dataset.csv | launch_area_label, | launch_area_labels, | data/dataset.csv:10: key 'launch_area_labels' is not one of about, area, credit, language, launch_area_label, reports_language, ring_label_bearing, subtitle, title, view_east, view_north, view_south, view_west, nor one of title, subtitle, about, credit, launch_area_label followed by _ and a language tag (title_uk)
            claims.csv | c-attacks,dataset | c-attacks,kyiv-2 | data/claims.csv:2: subject kyiv-2 is neither a strike id in strikes.csv nor 'dataset'
            claims.csv | regions-struck,7,, | regions-struck,7,5, | data/claims.csv:3: has both a value and min/max; give one or the other
            claims.csv | killed,3,, | killed,,, | data/claims.csv:6: has neither a value nor min/max
            claims.csv | injured,,61, | injured,,61,50 | data/claims.csv:7: min 61 is greater than max 50
            claims.csv | killed,3,, | killed,three,, | data/claims.csv:6: value 'three' of a killed claim is not a whole number
            claims.csv | attacks,,12, | attacks,,twelve, | data/claims.csv:2: min 'twelve' is not a whole number
            claims.csv | attacks,,12, | wounded,,12, | data/claims.csv:2: kind 'wounded' is not one of accurate-missiles, attacks, date, injured, killed, launch-area, missile-type, missiles-fired, range-km, regions-struck
            claims.csv | date,30 December 2023 to 7 February 2024,, | date,,1, | data/claims.csv:4: a date claim is text: give a value, not min/max
            claims.csv | c-range | c-attacks | data/claims.csv:5: id c-attacks appears twice
            sources.csv | 001,001_fixture.txt | 001,999_fixture.txt | data/sources.csv:3: file 999_fixture.txt does not start with the source id 001
            launch-sites.csv | RU.VR | RU.XX | data/launch-sites.csv:2: area RU.XX is not an id in data/boundaries/launch-areas.geojson
            range-rings.csv | voronezh,650 | kursk,650 | data/range-rings.csv:2: launch_site kursk is not an id in launch-sites.csv
            range-rings.csv | voronezh,650 | voronezh,-5 | data/range-rings.csv:2: radius_km -5 is outside 0.001..9999
            places.csv | capital,UA | capital,ua | data/places.csv:2: country 'ua' is not an ISO 3166-1 alpha-2 code
            places.csv | capital,UA | village,UA | data/places.csv:2: kind 'village' is not one of capital, city, launch
            boundaries/regions/UA.geojson | {"type":"FeatureCollection", | {"type":"FeatureCollection" | data/boundaries/regions/UA.geojson:1:28: not valid JSON
            boundaries/regions/UA.geojson | "code":"UA-30" | "code":"UA-63" | data/boundaries/regions/UA.geojson:1:41: feature 0 id 'UA-30' differs from its code 'UA-63'
            boundaries/regions/UA.geojson | "type":"Polygon" | "type":"Circle" | data/boundaries/regions/UA.geojson:1:41: feature 0: unsupported geometry type 'Circle'
            boundaries/countries.geojson | "name":"Russia", | '' | data/boundaries/countries.geojson:1:41: feature 0 has no property 'name'
            """)
    void rejectsTheDatasetAndKeepsThePreviousOne(String file, String find, String replacement, String message) {
        Path bad = TestDatabase.copyFixture(temp);
        TestDatabase.edit(bad, file, find, replacement);
        DatasetException e = assertThrows(DatasetException.class, () -> db.load(bad));

        String actual = e.getMessage();
        // JSON parser messages carry position details after the reason; compare up to the reason.
        assertEquals(message, actual.length() > message.length() && message.endsWith("not valid JSON")
                ? actual.substring(0, message.length()) : actual);
        assertEquals(loaded, db.dump());
    }
}

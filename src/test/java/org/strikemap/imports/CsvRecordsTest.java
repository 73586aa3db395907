package org.strikemap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikemap.ingest.DatasetException;

/** Reading CSV files from elsewhere, record by record: what spreadsheets write is read, what is broken is named. */
class CsvRecordsTest {

    static List<CsvRecords.Record> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), ImportCaps.defaults());
    }

    static List<CsvRecords.Record> read(byte[] bytes, ImportCaps caps) {
        CsvRecords records = new CsvRecords(new StrictText(new ByteArrayInputStream(bytes), "f.csv", caps.maxBytes(),
                read -> { }), "f.csv", caps);
        List<CsvRecords.Record> all = new ArrayList<>();
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            all.add(record);
        }
        return all;
    }

    @Test
    void quotedFieldsKeepTheirLineBreaksCommasAndQuotes() {
        List<CsvRecords.Record> records = read("date,place,notes\n2022-01-02,\"Kyiv, centre\",\"first line\nsecond \"\"line\"\"\"\n"
                + "2022-01-03,Lviv,plain\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("2022-01-02", "Kyiv, centre", "first line\nsecond \"line\"");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line()).as("the line after a quoted line break").isEqualTo(4);
    }

    @Test
    void semicolonsAndTabsAreTakenFromTheHeader() {
        assertThat(read("a;b;c\n1;2,5;3\n").get(1).fields()).containsExactly("1", "2,5", "3");
        assertThat(read("a\tb\n1\t2\n").get(1).fields()).containsExactly("1", "2");
    }

    @Test
    void crlfFilesAndABomAndBlankLinesAreFine() {
        List<CsvRecords.Record> records = read("\uFEFFa,b\r\n1,2\r\n\r\n3,4\r\n");
        assertThat(records).extracting(CsvRecords.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsACharacter() {
        assertThat(read("a,b\n5\" screen,x\n").get(1).fields()).containsExactly("5\" screen", "x");
    }

    @Test
    void aQuoteLeftOpenIsBlamedOnTheLineItOpens() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3,\"open\n4,5\n6,7\n"))
                .isInstanceOf(DatasetException.class).hasMessageStartingWith("f.csv:3: a quoted field opens here and is never closed");
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,\"x\"y\n"))
                .isInstanceOf(DatasetException.class).hasMessageStartingWith("f.csv:2: a quoted field opens here");
    }

    @Test
    void mixedLineEndsAndALoneCarriageReturnAreRefused() {
        assertThatThrownBy(() -> read("a,b\r\n1,2\r\n3,4\n5,6\n")).isInstanceOf(DatasetException.class)
                .hasMessage("f.csv:3: this line ends with LF but the lines before it with CRLF: mixed line ends; save the file with one kind");
        assertThatThrownBy(() -> read("a,b\r1,2\r")).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("f.csv:1: a carriage return that does not end the line");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,2\n")).isInstanceOf(DatasetException.class)
                .hasMessage("f.csv:2: text after a closing quote (a field must be quoted as a whole)");
    }

    @Test
    void aCellOrARecordOverItsCapIsRefused() {
        ImportCaps small = new ImportCaps(1 << 20, 100, 10, 3, 64, 1);
        assertThatThrownBy(() -> read("a,b\n12345678901,2\n".getBytes(StandardCharsets.UTF_8), small))
                .hasMessage("f.csv:2: a cell is longer than 10 characters, the cap");
        assertThatThrownBy(() -> read("a,b\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8), small))
                .hasMessage("f.csv:2: has more than 3 fields in one record");
    }

    @Test
    void invalidUtf8IsNamedByLineAndColumn() {
        byte[] bytes = "a,b\n1,\u00e9\nab,cd\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        assertThatThrownBy(() -> read(bytes, ImportCaps.defaults())).isInstanceOf(DatasetException.class)
                .hasMessage("f.csv:3:4: is not valid UTF-8 (byte 0xFF); save the file as UTF-8");
    }

    @Test
    void aFileOverTheByteCapStopsBeingRead() {
        ImportCaps small = new ImportCaps(100, 100, 1000, 10, 64, 1);
        byte[] big = ("a,b\n" + "1,2\n".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(big, small)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("f.csv: is larger than 0 MB, the cap for an import");
    }
}

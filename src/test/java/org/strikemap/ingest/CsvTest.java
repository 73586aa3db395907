package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsPlainQuotedAndEmptyFields() {
        List<Csv.Record> records = Csv.parse("t.csv", "a,b,c\n1,\"two, with comma\",\n");
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("1", "two, with comma", ""), records.get(1).fields());
    }

    @Test
    void doubledQuotesBecomeOneQuote() {
        List<Csv.Record> records = Csv.parse("t.csv", "x\n\"He said \"\"no\"\".\"\n");
        assertEquals("He said \"no\".", records.get(1).fields().getFirst());
    }

    @Test
    void embeddedNewlinesStayInTheFieldAndLinesCountPhysicalLines() {
        String text = "id,quote\n1,\"first\nsecond\nthird\"\n2,plain\r\n3,\"x\"";
        List<Csv.Record> records = Csv.parse("t.csv", text);
        assertEquals("first\nsecond\nthird", records.get(1).fields().get(1));
        assertEquals(List.of(1, 2, 5, 6), records.stream().map(Csv.Record::line).toList());
        assertEquals(List.of("3", "x"), records.get(3).fields());
    }

    @Test
    void skipsByteOrderMarkAndBlankLines() {
        List<Csv.Record> records = Csv.parse("t.csv", "\uFEFFa\n\n1\n");
        assertEquals(List.of(List.of("a"), List.of("1")), records.stream().map(Csv.Record::fields).toList());
        assertEquals(3, records.get(1).line());
    }

    @Test
    void crlfLineEndsAreNotPartOfFields() {
        List<Csv.Record> records = Csv.parse("t.csv", "a,b\r\n1,\"2\"\r\n");
        assertEquals(List.of("1", "2"), records.get(1).fields());
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpened() {
        DatasetException e = assertThrows(DatasetException.class, () -> Csv.parse("data/x.csv", "a\nb\n\"open\nstill open\n"));
        assertEquals("data/x.csv:3: a quoted field is never closed", e.getMessage());
    }

    @Test
    void strayQuotesAreErrors() {
        assertEquals("data/x.csv:2: text after a closing quote (a field must be quoted as a whole)",
                assertThrows(DatasetException.class, () -> Csv.parse("data/x.csv", "a\n\"q\"x\n")).getMessage());
        assertEquals("data/x.csv:2: a double quote inside an unquoted field (quote the whole field and double the quote)",
                assertThrows(DatasetException.class, () -> Csv.parse("data/x.csv", "a\nab\"c\n")).getMessage());
    }
}

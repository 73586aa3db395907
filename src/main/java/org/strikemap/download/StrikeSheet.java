package org.strikemap.download;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Text;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * A map's strikes as one flat CSV row each, for a spreadsheet: the place (in the map's language, then each other
 * language it is given in), region code and name, point, precision, dates, status, the report it is traced to with
 * its sentence, the editors' note, every claim about it and every report cited, and on each row the map, its version
 * and the credit line. UTF-8 with a byte order mark (so spreadsheets read the letters right), CRLF line ends, every
 * cell quoted and defused ({@link SpreadsheetCell}). Limits: claims and reports are joined into one cell each.
 */
final class StrikeSheet {

    private StrikeSheet() {
    }

    static void write(LoadedDataset map, String credit, Writer out) throws IOException {
        String language = map.description().words().title().original();
        List<String> places = otherLanguages(map.strikes().all().stream().map(strike -> strike.location().place()).toList(),
                language);
        List<String> header = new ArrayList<>(List.of("id", "place"));
        places.forEach(tag -> header.add("place_" + tag));
        header.addAll(List.of("region", "region_name", "lat", "lon", "location_precision", "date_from", "date_to",
                "date_precision", "status", "source", "source_outlet", "source_headline", "quote", "note", "claims",
                "sources", "map", "version", "credit"));
        out.write('\uFEFF');
        row(out, header);
        for (Strike strike : map.strikes().all()) {
            List<String> cells = new ArrayList<>(header.size());
            Text place = strike.location().place();
            cells.add(strike.id());
            cells.add(place.in(language));
            places.forEach(tag -> cells.add(place.has(tag) ? place.byLanguage().get(tag) : ""));
            String region = strike.location().region();
            cells.add(region);
            cells.add(region == null ? "" : map.regions().nameOf(region, language));
            cells.add(Double.toString(strike.location().point().lat()));
            cells.add(Double.toString(strike.location().point().lon()));
            cells.add(strike.location().precision().code());
            cells.add(strike.date().from().toString());
            cells.add(strike.date().to() == null ? "" : strike.date().to().toString());
            cells.add(strike.date().precision().code());
            cells.add(strike.status().code());
            Source source = map.sources().find(strike.sourceId()).orElse(null);
            cells.add(strike.sourceId());
            cells.add(source == null ? "" : source.outlet());
            cells.add(source == null ? "" : source.headline());
            cells.add(strike.citation().quote());
            cells.add(strike.note() == null ? "" : strike.note().in(language));
            cells.add(map.sources().claimsAbout(strike.id()).stream().map(StrikeSheet::claim)
                    .collect(Collectors.joining("; ")));
            cells.add(map.sources().citedAbout(strike.id(), strike.sourceId()).stream().map(StrikeSheet::report)
                    .collect(Collectors.joining("; ")));
            cells.add(map.slug());
            cells.add(map.version());
            cells.add(credit);
            row(out, cells);
        }
    }

    /** "3 killed (Prosecutor General, report 002)". */
    private static String claim(Claim claim) {
        return claim.text() + " (" + claim.by() + ", " + claim.sourceId() + ")";
    }

    /** "002 Reuters: Kyiv says …". */
    private static String report(Source source) {
        return source.id() + " " + source.outlet() + (source.headline() == null ? "" : ": " + source.headline());
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(SpreadsheetCell.quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static List<String> otherLanguages(List<Text> texts, String language) {
        TreeSet<String> tags = new TreeSet<>();
        texts.forEach(text -> tags.addAll(text.languages()));
        tags.remove(language);
        return List.copyOf(tags);
    }
}

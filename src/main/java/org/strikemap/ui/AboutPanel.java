package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.source.Claim;
import org.strikemap.source.DatasetOverview;
import org.strikemap.source.Source;

/** "About this map": the dataset-wide claims side by side with who made them, how to read the map, the sources. */
class AboutPanel extends Composite<Div> {

    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("attacks", "Attacks");
        HEADINGS.put("regions-struck", "Regions struck");
        HEADINGS.put("missiles-fired", "Missiles fired");
        HEADINGS.put("killed", "Killed");
        HEADINGS.put("injured", "Injured");
        HEADINGS.put("accurate-missiles", "Accuracy");
        HEADINGS.put("missile-type", "Missile type");
        HEADINGS.put("range-km", "Range");
        HEADINGS.put("launch-area", "Launch area");
        HEADINGS.put("date", "When");
    }

    /** {@code rangeRings}: whether the dataset has any; range-rings.csv is optional, and its absence is said. */
    AboutPanel(DatasetDescription description, DatasetOverview overview, boolean rangeRings) {
        Div root = getContent();
        root.addClassName("sm-about");
        Map<String, Source> sources = overview.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        root.add(new Paragraph(description.about()));
        root.add(new Paragraph("Marks show how precise a place is: a filled dot for a town or site, a hollow ring for "
                + "\"somewhere in this region\" (placed inside the region, never on a site), a dashed diamond for a "
                + "strike still under investigation. A vague date makes a mark lighter, and the timeline shows such "
                + "strikes from the first day they could have happened."));
        if (!rangeRings) {
            Paragraph none = new Paragraph("No range rings in this dataset.");
            none.addClassName("sm-note");
            root.add(none);
        }
        Map<String, List<Claim>> byKind = overview.claims().stream()
                .collect(Collectors.groupingBy(Claim::kind, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, String> heading : HEADINGS.entrySet()) {
            List<Claim> claims = byKind.remove(heading.getKey());
            if (claims != null) {
                root.add(new H3(heading.getValue()));
                claims.forEach(claim -> root.add(new ClaimView(claim, sources)));
            }
        }
        byKind.forEach((kind, claims) -> {
            root.add(new H3(kind));
            claims.forEach(claim -> root.add(new ClaimView(claim, sources)));
        });
        root.add(new SourceList(overview.sources()));
        Paragraph credits = new Paragraph(description.credit() + ". Region names and ISO 3166-2 codes per ISO; "
                + "the map follows internationally recognised borders.");
        credits.addClassName("sm-note");
        root.add(credits);
    }
}

package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import org.strikemap.i18n.Messages;
import org.strikemap.map.VersionArchive;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.source.Claim;
import org.strikemap.source.DatasetOverview;
import org.strikemap.source.Source;

/** "About this map": the dataset-wide claims side by side with who made them, how to read the map, the sources. */
class AboutPanel extends Composite<Div> {

    /** Claim kinds in the order they are shown; each has a heading "about.heading.<kind>" in the bundles. */
    private static final List<String> KINDS = List.of("attacks", "regions-struck", "missiles-fired", "killed", "injured",
            "accurate-missiles", "missile-type", "range-km", "launch-area", "date");

    /**
     * {@code language}: the interface's ("en", "uk"); the dataset's words it lacks are shown in English, marked.
     * {@code rangeRings}: whether the dataset has any; range-rings.csv is optional, and its absence is said.
     */
    AboutPanel(DatasetDescription description, DatasetOverview overview, String language, boolean rangeRings,
               List<VersionArchive.Published> log) {
        Div root = getContent();
        root.addClassName("sm-about");
        Map<String, Source> sources = overview.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Paragraph about = new Paragraph(description.in(language).about());
        if (!description.translated("about", language) && description.words().about() != null) {
            about.getElement().setAttribute("lang", description.words().about().original());
        }
        root.add(about);
        root.add(new Paragraph(getTranslation("about.marks")));
        if (!rangeRings) {
            Paragraph none = new Paragraph(getTranslation("about.noRings"));
            none.addClassName("sm-note");
            root.add(none);
        }
        ClaimView.Words words = new ClaimView.Words(description.reportsLanguage(), language,
                getTranslation("js.inEnglish"), getTranslation("js.card.report"));
        Map<String, List<Claim>> byKind = overview.claims().stream()
                .collect(Collectors.groupingBy(Claim::kind, LinkedHashMap::new, Collectors.toList()));
        for (String kind : KINDS) {
            List<Claim> claims = byKind.remove(kind);
            if (claims != null) {
                root.add(new H3(getTranslation("about.heading." + kind)));
                claims.forEach(claim -> root.add(new ClaimView(claim, sources, words)));
            }
        }
        byKind.forEach((kind, claims) -> {
            root.add(new H3(kind));
            claims.forEach(claim -> root.add(new ClaimView(claim, sources, words)));
        });
        root.add(new SourceList(overview.sources(), getTranslation("about.sources"), getTranslation("js.card.noHeadline"),
                description.reportsLanguage()));
        if (!log.isEmpty()) {
            root.add(new CorrectionsLog(log, Messages.of(java.util.Locale.of(language))));
        }
        Paragraph credits = new Paragraph(getTranslation("about.credits", "credit", description.in(language).credit()));
        credits.addClassName("sm-note");
        root.add(credits);
    }
}

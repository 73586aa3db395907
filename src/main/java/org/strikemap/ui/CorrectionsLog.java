package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.util.List;
import org.strikemap.i18n.Messages;
import org.strikemap.map.VersionArchive;

/**
 * "Corrections and updates" in the About dialog: each published version of the map, newest first, its date and the
 * reviewer's note for readers, and what changed in plain words (map.Corrections). The first version is the start.
 * Limits: the notes are shown as written, in the language their reviewer wrote them in.
 */
class CorrectionsLog extends Composite<Div> {

    CorrectionsLog(List<VersionArchive.Published> log, Messages words) {
        Div root = getContent();
        root.addClassName("sm-corrections");
        root.add(new H3(words.get("updates.heading")));
        for (int i = 0; i < log.size(); i++) {
            VersionArchive.Published version = log.get(i);
            boolean first = i == log.size() - 1;
            String day = words.shortDay(version.publishedAt().atZone(ZoneOffset.UTC).toLocalDate());
            root.add(new H4(first ? words.get("updates.first") + " · " + day : day));
            if (version.note() != null && !version.note().isBlank()) {
                root.add(new Paragraph(version.note()));
            }
            List<String> sentences = version.sentences(words.tag());
            if (!first && sentences.isEmpty()) {
                root.add(new Paragraph(words.get("updates.none")));
            } else if (!sentences.isEmpty()) {
                UnorderedList list = new UnorderedList();
                sentences.forEach(sentence -> list.add(new ListItem(sentence)));
                root.add(list);
            }
        }
    }
}

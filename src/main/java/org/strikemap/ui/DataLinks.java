package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.strikemap.download.DataFile;

/**
 * "Get the data" in the About dialog: the version shown as a spreadsheet, as GeoJSON and as the map's own files, each
 * a plain download link to {@code api/…?version=} (so what a reader takes is what they saw), and the credit line
 * every download carries.
 */
class DataLinks extends Composite<Div> {

    /** {@code base}: the server's address ending in "/"; {@code dataPath}: a file name to its path below it. */
    DataLinks(String base, java.util.function.UnaryOperator<String> dataPath, String version, String credit) {
        Div root = getContent();
        root.addClassName("sm-data");
        root.add(new H3(getTranslation("data.heading")), new Paragraph(getTranslation("data.intro", "version", version)));
        UnorderedList links = new UnorderedList();
        for (DataFile file : DataFile.values()) {
            Anchor link = new Anchor(base + dataPath.apply(file.fileName()) + "?version=" + version,
                    getTranslation("data." + key(file)));
            // A file to save, not a route for Vaadin's router to take over.
            link.getElement().setAttribute("download", "").setAttribute("router-ignore", true);
            link.getElement().setAttribute("data-file", file.fileName());
            links.add(new ListItem(link));
        }
        root.add(links);
        Paragraph line = new Paragraph(getTranslation("data.credit", "credit", credit));
        line.addClassName("sm-note");
        root.add(line);
    }

    private static String key(DataFile file) {
        return switch (file) {
            case CSV -> "csv";
            case GEOJSON -> "geojson";
            case ZIP -> "zip";
        };
    }
}

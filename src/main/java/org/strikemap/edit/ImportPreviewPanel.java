package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.strikemap.imports.ImportPreview;

/**
 * What an import would do, before anything is written: its counts in one sentence; every problem row as
 * {@code file:line: reason} (while there is one, the import cannot be written); the rows outside the map's area, left
 * out; likely duplicates of the map's strikes; and the first strikes as they would read. Long lists scroll in grids.
 */
class ImportPreviewPanel extends Composite<Div> {

    ImportPreviewPanel(ImportPreview preview) {
        Div root = getContent();
        root.addClassName("dio-preview");
        ImportPreview.Counts counts = preview.counts();
        Paragraph summary = new Paragraph(getTranslation("import.preview.counts", "rows", counts.rows(), "added",
                counts.added(), "changed", counts.changed(), "unchanged", counts.unchanged(), "removed", counts.removed(),
                "sources", counts.newSources(), "claims", counts.claims()));
        summary.addClassName("dio-counts");
        root.add(summary);
        if (!preview.problems().isEmpty()) {
            root.add(section(getTranslation("import.preview.problems", "count", preview.problems().size()),
                    lines(preview.problems(), "dio-problems")));
        }
        if (!preview.outside().isEmpty()) {
            root.add(section(getTranslation("import.preview.outside", "count", preview.outside().size()),
                    lines(preview.outside().stream().map(row -> row.at() + ": " + (row.place() == null ? "" : row.place())
                            + " (" + row.point() + ")").toList(), "dio-outside")));
        }
        if (!preview.duplicates().isEmpty()) {
            root.add(section(getTranslation("import.preview.duplicates", "count", preview.duplicates().size()),
                    lines(preview.duplicates().stream().map(row -> row.at() + ": " + row.id() + " ≈ " + row.existing())
                            .toList(), "dio-duplicates")));
        }
        if (!preview.first().isEmpty()) {
            Grid<ImportPreview.Shown> first = new Grid<>();
            first.addClassName("dio-first");
            first.setAllRowsVisible(true);
            first.addColumn(ImportPreview.Shown::id).setHeader(getTranslation("import.preview.id")).setAutoWidth(true);
            first.addColumn(ImportPreview.Shown::place).setHeader(getTranslation("import.preview.place")).setAutoWidth(true);
            first.addColumn(ImportPreview.Shown::region).setHeader(getTranslation("import.preview.region")).setAutoWidth(true);
            first.addColumn(ImportPreview.Shown::date).setHeader(getTranslation("import.preview.date")).setAutoWidth(true);
            first.addColumn(shown -> shown.point().toString()).setHeader(getTranslation("import.preview.point"))
                    .setAutoWidth(true);
            first.setItems(preview.first());
            root.add(section(getTranslation("import.preview.first"), first));
        }
    }

    private static Div section(String heading, com.vaadin.flow.component.Component content) {
        Div section = new Div(new H3(heading), content);
        section.addClassName("dio-section");
        return section;
    }

    /** Text lines in a grid, so thousands of them scroll without being drawn at once. */
    private static Grid<String> lines(List<String> lines, String className) {
        Grid<String> grid = new Grid<>();
        grid.addClassName(className);
        grid.addColumn(line -> line).setFlexGrow(1);
        grid.setItems(lines);
        grid.setHeight(Math.min(lines.size(), 8) * 36 + 8 + "px");
        return grid;
    }
}

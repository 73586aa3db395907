package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strikemap.imports.ColumnMapping;
import org.strikemap.imports.CsvSample;
import org.strikemap.imports.DateSpelling;

/**
 * The import wizard's mapping step for a plain CSV: for each thing a strike needs (date and how it is spelled,
 * latitude and longitude or one coordinates column, place, region, link, description, id) a choice of the file's
 * columns, first set to the mapping saved with the map for these columns, else a guess from their names; under it
 * the file's first rows as they are. Reads back as a {@link ColumnMapping}.
 */
class ImportMappingStep extends Composite<Div> {

    private static final String NONE = "";
    private static final List<String> ROLES = List.of("date", "latitude", "longitude", "coordinates", "place", "region",
            "link", "description", "id");

    private final Map<String, Select<String>> columns = new LinkedHashMap<>();
    private final Select<DateSpelling> spelling = new Select<>();

    ImportMappingStep(CsvSample sample, ColumnMapping start, boolean saved) {
        Div root = getContent();
        root.addClassName("dio-mapping");
        root.add(new Paragraph(getTranslation(saved ? "import.mapping.saved" : "import.mapping.guessed")));
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(sample.header());
        Div fields = new Div();
        fields.addClassName("dio-fields");
        Map<String, String> chosen = start.columns();
        for (String role : ROLES) {
            Select<String> select = new Select<>();
            select.setLabel(getTranslation("import.mapping." + role));
            select.setItems(choices);
            select.setItemLabelGenerator(column -> column.isEmpty() ? getTranslation("import.mapping.none") : column);
            select.setValue(chosen.get(role) == null ? NONE : chosen.get(role));
            columns.put(role, select);
            fields.add(select);
            if (role.equals("date")) {
                spelling.setLabel(getTranslation("import.mapping.dateFormat"));
                spelling.setItems(DateSpelling.values());
                spelling.setItemLabelGenerator(DateSpelling::label);
                spelling.setValue(start.when().spelling());
                fields.add(spelling);
            }
        }
        root.add(fields);
        Grid<List<String>> rows = new Grid<>();
        rows.addClassName("dio-sample");
        rows.setAllRowsVisible(true);
        rows.setAriaLabel(getTranslation("import.mapping.sample"));
        for (int i = 0; i < sample.header().size(); i++) {
            int index = i;
            rows.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(sample.header().get(i))
                    .setAutoWidth(true).setResizable(true);
        }
        rows.setItems(sample.rows());
        root.add(new Paragraph(getTranslation("import.mapping.sample")), rows);
    }

    /** The mapping as chosen. */
    ColumnMapping mapping() {
        return new ColumnMapping(new ColumnMapping.When(column("date"), spelling.getValue()),
                new ColumnMapping.Where(column("latitude"), column("longitude"), column("coordinates"), column("place"),
                        column("region")),
                new ColumnMapping.What(column("id"), column("link"), column("description")));
    }

    private String column(String role) {
        String value = columns.get(role).getValue();
        return value == null || value.isEmpty() ? null : value;
    }
}

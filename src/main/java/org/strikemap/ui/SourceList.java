package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.strikemap.source.Source;

/** The reports behind what is shown: outlet, headline and the date exactly as the report gives it. */
class SourceList extends Composite<Div> {

    SourceList(List<Source> sources) {
        Div root = getContent();
        root.addClassName("sm-sources");
        UnorderedList list = new UnorderedList();
        for (Source source : sources) {
            Span outlet = new Span(source.outlet());
            outlet.addClassName("sm-source-outlet");
            String headline = source.headline() == null || source.headline().isBlank()
                    ? "(no headline in the report)" : "“" + source.headline() + "”";
            Span rest = new Span(" · " + headline + " · " + source.dateAsGiven());
            list.add(new ListItem(outlet, rest));
        }
        root.add(new H3("Sources"), list);
    }
}

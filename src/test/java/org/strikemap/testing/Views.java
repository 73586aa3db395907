package org.strikemap.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/** Browserless navigation with query parameters, as a browser would arrive at {@code /route?name=value}. */
public final class Views {

    private Views() {
    }

    public static <T extends Component> T open(Class<T> view, String... nameValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.put(nameValues[i], nameValues[i + 1]);
        }
        UI ui = UI.getCurrent();
        ui.navigate(view, QueryParameters.simple(query));
        return view.cast(ui.getCurrentView());
    }
}

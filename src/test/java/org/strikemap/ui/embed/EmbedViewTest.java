package org.strikemap.ui.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Header;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.TestDatabase;

@SpringBootTest
class EmbedViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void opensTheStrikeNamedInTheAddressWithoutPageChrome() {
        EmbedView view = open(EmbedView.class, "strike", "bucha-crater", "date", "2024-02-07");

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Under investigation", "Near Bucha").contains("Open the full map");
        assertThat($(Header.class).all()).isEmpty();
        assertThat($(Button.class).all()).noneMatch(b -> b.getElement().hasAttribute("data-strike"));
    }

    /** Navigates as the browser would to the view's route with these query parameters (name, value, …). */
    private <T extends com.vaadin.flow.component.Component> T open(Class<T> view, String... nameValues) {
        java.util.Map<String, String> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.put(nameValues[i], nameValues[i + 1]);
        }
        com.vaadin.flow.component.UI.getCurrent().navigate(view, com.vaadin.flow.router.QueryParameters.simple(query));
        return view.cast(getCurrentView());
    }
}

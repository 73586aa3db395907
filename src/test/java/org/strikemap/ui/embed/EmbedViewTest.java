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
import org.strikemap.testing.Views;

@SpringBootTest
class EmbedViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void opensTheStrikeNamedInTheAddressWithoutPageChrome() {
        EmbedView view = Views.open(EmbedView.class, "strike", "bucha-crater", "date", "2024-02-07");

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Under investigation", "Near Bucha").contains("Open the full map");
        assertThat($(Header.class).all()).isEmpty();
        assertThat($(Button.class).all()).noneMatch(b -> b.getElement().hasAttribute("data-strike"));
    }
}

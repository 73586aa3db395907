package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeService;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.Views;

@SpringBootTest
class MapViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Autowired
    StrikeService strikes;

    @Test
    void listsEveryStrikeAndSaysHowManyAttacksHaveNoPlace() {
        navigate(MapView.class);

        List<String> listed = strikeButtons().stream().map(b -> b.getElement().getAttribute("data-strike")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(strikes.all().stream().map(Strike::id).toList());
        String count = countLine();
        assertThat(count).contains(strikes.locatedAttackCount() + " of " + strikes.locatedAttackCount() + " located attacks shown")
                .contains("2 more reported without a place");
    }

    @Test
    void dateInTheAddressKeepsOnlyStrikesPossibleByThatDay() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        Views.open(MapView.class, "date", day.toString());

        List<String> expected = strikes.all().stream().filter(s -> !s.date().from().isAfter(day)).map(Strike::id).toList();
        List<String> listed = strikeButtons().stream().map(b -> b.getElement().getAttribute("data-strike")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected).hasSizeLessThan(strikes.all().size());
        assertThat(countLine()).contains("up to 1 Jan 2024");
    }

    @Test
    void openingAStrikeShowsEveryClaimWithWhoMadeItAndItsSources() {
        navigate(MapView.class);
        Button kharkiv = strikeButtons().stream()
                .filter(b -> "kharkiv-2024-01-02".equals(b.getElement().getAttribute("data-strike"))).findFirst().orElseThrow();
        test(kharkiv).click();

        String panel = $(StrikeDetails.class).single().getElement().getTextRecursively();
        assertThat(panel).contains("2 January 2024", "Kharkiv Oblast (UA-63)")
                .contains("3 killed", "64 injured", "Prosecutor General Andriy Kostin")
                .contains("2 killed", "(report 004)")
                .contains("The most lethal use of the ballistic missile was on the center of Kharkiv")
                .contains("Kyodo News", "The Straits Times")
                .containsPattern("2[78]\\d km from Voronezh");
    }

    @Test
    void badDateInTheAddressIsExplainedAndTheWholePeriodShown() {
        Views.open(MapView.class, "date", "2024-13-45");

        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains("not a date"));
        assertThat(strikeButtons()).hasSize(strikes.all().size());
    }

    @Test
    void unknownStrikeInTheAddressFallsBackToTheList() {
        Views.open(MapView.class, "strike", "no-such-strike");

        assertThat($(StrikeDetails.class).all()).isEmpty();
        assertThat(strikeButtons()).isNotEmpty();
    }

    private List<Button> strikeButtons() {
        return $(Button.class).all().stream().filter(b -> b.getElement().hasAttribute("data-strike")).toList();
    }

    private String countLine() {
        return $(Paragraph.class).all().stream().filter(p -> p.hasClassName("sm-count")).findFirst().orElseThrow().getText();
    }
}

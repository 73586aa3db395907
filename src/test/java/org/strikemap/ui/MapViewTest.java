package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.dataset.Datasets;
import org.strikemap.i18n.Messages;
import org.strikemap.i18n.Languages;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.TestDatabase;
import org.strikemap.testing.Views;

@SpringBootTest
class MapViewTest extends SpringBrowserlessTest {

    @Autowired
    Datasets datasets;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    /** Expectations come from data/, read independently of the app's services. */
    static final List<Map<String, String>> STRIKES = DatasetFiles.rows(Path.of("data/north-korean-missiles/strikes.csv"));
    static final List<Map<String, String>> CLAIMS = DatasetFiles.rows(Path.of("data/north-korean-missiles/claims.csv"));

    @Test
    void theListReadsTheMapsStrikesLayerAndKnowsHowManyAttacksHaveNoPlace() {
        navigate(MapView.class);

        StrikeList list = $(StrikeList.class).single();
        long located = STRIKES.stream().filter(row -> row.get("status").equals("reported")).count();
        Map<String, String> attacks = CLAIMS.stream()
                .filter(row -> row.get("subject").equals("dataset") && row.get("kind").equals("attacks")).findFirst().orElseThrow();
        int atLeast = Integer.parseInt(attacks.get("min").isEmpty() ? attacks.get("value") : attacks.get("min"));
        assertThat(located).isEqualTo(10);
        assertThat(list.getElement().getProperty("unlocated", -1)).isEqualTo(atLeast - (int) located);
        assertThat(list.getElement().getProperty("src")).matches("layers/[0-9a-f]{16}/strikes\\.geojson");
        assertThat(list.getElement().getProperty("src")).isEqualTo($(Timeline.class).single().getElement().getProperty("src"));
    }

    @Test
    void dateInTheAddressIsTheListsDay() {
        Views.open(MapView.class, "date", "2024-01-01");
        assertThat($(StrikeList.class).single().getElement().getProperty("time")).isEqualTo("2024-01-01");
    }

    @Test
    void titleSubtitleAndCreditComeFromTheDatasetDescription() {
        navigate(MapView.class);
        Map<String, String> texts = DatasetFiles.rows(Path.of("data/north-korean-missiles/dataset.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value")));
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(texts.get("title"));

        // The fixed words are plain HTML around the view, written into the page Vaadin serves.
        Document page = Jsoup.parse("<!doctype html><html><head></head><body><div id='outlet'></div></body></html>");
        PageChrome.frame(page, datasets.current(), Messages.english());
        assertThat(page.select("header.sm-header h1").text()).isEqualTo(texts.get("title"));
        assertThat(page.select("header .sm-subtitle").text()).isEqualTo(texts.get("subtitle"));
        // The skip link first (the keyboard's first stop), then the header, then the view's outlet.
        assertThat(page.body().child(0).className()).isEqualTo("sm-skip");
        assertThat(page.body().child(1).tagName()).isEqualTo("header");
        assertThat(page.body().child(2).id()).isEqualTo("outlet");
        String footer = page.select("footer.sm-footer").text();
        assertThat(footer).contains(texts.get("credit"));
        for (Map<String, String> source : DatasetFiles.rows(Path.of("data/north-korean-missiles/sources.csv"))) {
            assertThat(footer).contains(source.get("outlet"));
        }
    }

    @Test
    void openingAStrikeHandsItsIdToTheCardAndHidesTheList() {
        navigate(MapView.class);
        StrikeList list = $(StrikeList.class).single();
        ComponentUtil.fireEvent(list, new StrikeList.OpenEvent(list, true, "kharkiv-2024-01-02"));

        // The card draws itself in the browser from the strikes layer (MapBrowserTest reads what it shows).
        StrikeCard card = $(StrikeCard.class).single();
        assertThat(card.getElement().getProperty("strike")).isEqualTo("kharkiv-2024-01-02");
        assertThat(card.getElement().getProperty("src")).isEqualTo(list.getElement().getProperty("src"));
        assertThat(list.isVisible()).isFalse();

        ComponentUtil.fireEvent(card, new StrikeCard.CloseEvent(card, true));
        assertThat(card.getElement().getProperty("strike")).isEmpty();
        assertThat(list.isVisible()).isTrue();
    }

    @Test
    void badDateInTheAddressIsExplainedAndTheWholePeriodShown() {
        Views.open(MapView.class, "date", "2024-13-45");

        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains("not a date"));
        assertThat($(StrikeList.class).single().getElement().getProperty("time")).isEqualTo("2024-02-07");
    }

    @Test
    void unknownStrikeInTheAddressFallsBackToTheList() {
        Views.open(MapView.class, "strike", "no-such-strike");

        assertThat($(StrikeCard.class).single().getElement().getProperty("strike")).isEmpty();
        assertThat($(StrikeList.class).single().isVisible()).isTrue();
    }

    @Test
    void windowInTheAddressIsTheTimelinesWindowAndTheListsTime() {
        Views.open(MapView.class, "from", "2024-01-01", "to", "2024-01-10", "region", "UA-63");

        Timeline timeline = $(Timeline.class).single();
        assertThat(timeline.getElement().getProperty("mode")).isEqualTo("window");
        assertThat(timeline.getElement().getProperty("from")).isEqualTo("2024-01-01");
        assertThat(timeline.getElement().getProperty("to")).isEqualTo("2024-01-10");
        StrikeList list = $(StrikeList.class).single();
        assertThat(list.getElement().getProperty("time")).isEqualTo("2024-01-01/2024-01-10");
        assertThat(list.getElement().getProperty("region")).isEqualTo("UA-63");
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    void reversedWindowIsExplainedAndTheWholePeriodIsTheWindow() {
        Views.open(MapView.class, "from", "2024-01-10", "to", "2024-01-01");

        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains("after it ends"));
        assertThat($(StrikeList.class).single().getElement().getProperty("time")).isEqualTo("2023-12-30/2024-02-07");
    }

    @Test
    void badWindowDateAndUnknownRegionAreExplainedAndIgnored() {
        Views.open(MapView.class, "from", "soon", "region", "XX-99");

        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains("\"soon\"", "not a date"));
        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains("No region \"XX-99\""));
        assertThat($(StrikeList.class).single().getElement().getProperty("time")).isEqualTo("2023-12-30/2024-02-07");
        assertThat($(StrikeList.class).single().getElement().getProperty("region")).isEmpty();
    }

    @Test
    void aLanguageTheMapIsNotWrittenInIsExplainedInTheLanguageShownAndLeftOutOfLinks() {
        Views.open(MapView.class, "lang", "xx", "region", "XX-99");
        String notices = $(Notification.class).all().stream()
                .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                .collect(Collectors.joining("\n"));
        // The same sentences the embed shows (EmbedPageTest): one place words them (AddressNotices).
        assertThat(notices).contains(Messages.english().get("page.badLang", "lang", "xx", "languages", "en, uk"))
                .contains(Messages.english().get("page.noRegion", "region", "XX-99"));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat($(StrikeExplorer.class).single().query().getQueryString()).doesNotContain("lang", "region");
    }

    @Test
    void aLanguageWithAStraySpaceIsRefusedAndABadRegionExplainedInUkrainian() {
        Views.open(MapView.class, "lang", " uk");
        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains(Messages.english().get("page.badLang", "lang", " uk", "languages", "en, uk")));
        Views.open(MapView.class, "lang", "uk", "region", "XX-99");
        assertThat($(Notification.class).all()).anySatisfy(n ->
                assertThat(n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .contains(Messages.of(Languages.UKRAINIAN).get("page.noRegion", "region", "XX-99")));
    }

    @Test
    void langUkWordsTheViewInUkrainianAndItsLayersComeFromTheUkrainianFolder() throws IOException {
        Properties uk = bundle("messages_uk.properties");
        Views.open(MapView.class, "lang", "uk", "date", "2024-01-05");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("uk");
        StrikeList list = $(StrikeList.class).single();
        assertThat(list.getElement().getProperty("src")).matches("layers/[0-9a-f]{16}/uk/strikes\\.geojson");
        assertThat(list.getElement().getProperty("countTemplate")).isEqualTo(uk.getProperty("count.onRecord"));
        assertThat($(Timeline.class).single().getElement().getProperty("countTemplate"))
                .isEqualTo(uk.getProperty("count.onRecord"));
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(texts().get("title_uk"));
    }

    @Test
    void theUkrainianChromeSaysSoInItsHtmlAndCarriesTheBrowsersWords() throws IOException {
        Properties uk = bundle("messages_uk.properties");
        Document page = Jsoup.parse("<!doctype html><html><head></head><body><div id='outlet'></div></body></html>");
        PageChrome.frame(page, datasets.current(), Messages.of(Languages.UKRAINIAN));

        assertThat(page.select("html").attr("lang")).isEqualTo("uk");
        assertThat(page.select("header.sm-header h1").text()).isEqualTo(texts().get("title_uk"));
        assertThat(page.select("header.sm-header h1").hasAttr("lang")).isFalse();
        assertThat(page.select("footer.sm-footer").text()).contains(texts().get("credit_uk"))
                .startsWith(uk.getProperty("page.credits").substring(0, uk.getProperty("page.credits").indexOf('{')));
        assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("favicon.svg");
        String strings = page.getElementById("strikemap-strings").data();
        assertThat(strings).contains("\"js.card.close\":\"" + uk.getProperty("js.card.close") + "\"")
                .doesNotContain("count.onRecord");
    }

    private static Map<String, String> texts() {
        return DatasetFiles.rows(Path.of("data/north-korean-missiles/dataset.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("key"), row -> row.get("value")));
    }

    static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}

package org.strikemap.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strikemap.share.ViewAddress.Reason;
import org.strikemap.share.ViewAddress.Refusal;

/**
 * {@link ViewAddress#check}, the one strict reading of a view's parameters, against a map known by hand (its data in
 * English and Polish): what passes, what is refused, why.
 */
class ViewAddressCheckTest {

    static final ViewAddress.Known KNOWN = new ViewAddress.Known(LocalDate.parse("2023-12-30"),
            LocalDate.parse("2024-02-07"), Set.of("kyiv-1", "a b")::contains, Set.of("UA-63")::contains, List.of("en", "pl"), "0123456789abcdef");

    @Test
    void validValuesPassAsSentAndGoIntoLinksInTheirOrder() {
        ViewAddress.Checked checked = ViewAddress.check(
                "version=0123456789abcdef&utm=x&lang=uk&region=UA-63&strike=a%20b&to=2024-03-01&from=2023-01-01&date=2024-01-02", KNOWN);
        assertThat(checked.refused()).isEmpty();
        // A window reaching past the period is the page's to cut; links keep it as asked.
        assertThat(checked.valid().encoded())
                .isEqualTo("date=2024-01-02&strike=a%20b&from=2023-01-01&to=2024-03-01&region=UA-63&lang=uk&version=0123456789abcdef");
        assertThat(ViewAddress.check((String) null, KNOWN).valid().suffix()).isEmpty();
    }

    @Test
    void anythingElseIsRefusedWithItsReasonAndLeftOutOfLinks() {
        record Case(String query, String name, String value, Reason reason) {
        }
        List<Case> cases = List.of(
                new Case("date=2024-13-01", "date", "2024-13-01", Reason.NOT_A_DAY),
                new Case("date=%202024-01-02", "date", " 2024-01-02", Reason.NOT_A_DAY),
                new Case("date=2024-01-02%20", "date", "2024-01-02 ", Reason.NOT_A_DAY),
                new Case("date=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94-01-02", "date", "２０２４-01-02", Reason.NOT_A_DAY),
                new Case("date=%2B2024-01-02", "date", "+2024-01-02", Reason.NOT_A_DAY),
                new Case("date=1999-01-01", "date", "1999-01-01", Reason.OUTSIDE_PERIOD),
                new Case("from=soon", "from", "soon", Reason.NOT_A_DAY),
                new Case("to=%zz", "to", "%zz", Reason.NOT_A_DAY),
                new Case("strike=kyiv-1%20", "strike", "kyiv-1 ", Reason.NO_SUCH_STRIKE),
                new Case("strike=%3Cscript%3E", "strike", "<script>", Reason.NO_SUCH_STRIKE),
                new Case("region=ua-63", "region", "ua-63", Reason.NO_SUCH_REGION),
                new Case("lang=xx", "lang", "xx", Reason.NOT_A_LANGUAGE),
                new Case("lang=uk%00", "lang", "uk\u0000", Reason.NOT_A_LANGUAGE),
                new Case("lang=%20uk", "lang", " uk", Reason.NOT_A_LANGUAGE),
                new Case("lang=uk_UA", "lang", "uk_UA", Reason.NOT_A_LANGUAGE),
                new Case("lang=e%CC%81n", "lang", "e\u0301n", Reason.NOT_A_LANGUAGE),
                new Case("version=fedcba9876543210", "version", "fedcba9876543210", Reason.NOT_THIS_VERSION));
        for (Case bad : cases) {
            ViewAddress.Checked checked = ViewAddress.check(bad.query(), KNOWN);
            assertThat(checked.refused()).as(bad.query()).containsExactly(new Refusal(bad.name(), bad.value(), bad.reason()));
            assertThat(checked.valid().parameters()).as(bad.query()).isEmpty();
        }
    }

    @Test
    void aRefusalIsQuotedCutAndEscaped() {
        Refusal refusal = ViewAddress.check("strike=%22%3E%3Cb%3E" + "x".repeat(60), KNOWN).refusal("strike").orElseThrow();
        assertThat(refusal.echo()).isEqualTo("%22%3E%3Cb%3E" + "x".repeat(35) + "…");
    }

    @Test
    void theWindowIsReadByTheAddressRule() {
        ViewAddress.Checked checked = ViewAddress.check("from=2024-01-01&to=2024-03-01&strike=kyiv-1", KNOWN);
        assertThat(checked.address().window().from()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(checked.address().window().to()).isEqualTo(LocalDate.parse("2024-02-07"));
        assertThat(checked.address().problem()).map(ViewAddress.Problem::kind).contains("windowCut");
        assertThat(checked.address().strike()).isEqualTo("kyiv-1");
    }

    @Test
    void languagesAreWellFormedTagsOfTheMapsLanguages() {
        List<String> data = List.of("en", "pl");
        assertThat(ViewAddress.language("uk", data)).contains(Locale.of("uk"));
        assertThat(ViewAddress.language("UK", data)).contains(Locale.of("uk"));
        assertThat(ViewAddress.language("uk-UA", data)).contains(Locale.of("uk"));
        assertThat(ViewAddress.language("en", data)).contains(Locale.ENGLISH);
        assertThat(ViewAddress.language("pl", data)).contains(Locale.of("pl"));
        assertThat(ViewAddress.language("pl", List.of("en"))).isEmpty();
        for (String bad : new String[] {null, "", "xx", " en", "en ", "en\t", "e", "english", "uk--UA", "uk-", "uk_UA"}) {
            assertThat(ViewAddress.language(bad, data)).as("'%s'", bad).isEmpty();
        }
        assertThat(ViewAddress.chosenLanguage("xx", "uk-UA,uk;q=0.9", data)).isEqualTo(Locale.of("uk"));
        assertThat(ViewAddress.chosenLanguage("en", "uk", data)).isEqualTo(Locale.ENGLISH);
        assertThat(ViewAddress.chosenLanguage(null, null, data)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void daysAreAsciiDigitsOnly() {
        assertThat(ViewAddress.day("2024-02-29")).contains(LocalDate.parse("2024-02-29"));
        for (String bad : new String[] {"2023-02-29", "2024-1-02", "٢٠٢٤-٠١-٠١", "２０２４-01-02", "2024-01-02T00:00", "", null}) {
            assertThat(ViewAddress.day(bad)).as("'%s'", bad).isEmpty();
        }
    }
}

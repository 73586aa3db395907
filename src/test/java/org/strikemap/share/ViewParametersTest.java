package org.strikemap.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strikemap.share.ViewParameters.Reason;
import org.strikemap.share.ViewParameters.Refusal;

/** The one strict reading of a view's parameters, against a dataset known by hand: what passes, what is refused, why. */
class ViewParametersTest {

    static final ViewParameters.Known KNOWN = new ViewParameters.Known(Set.of("kyiv-1", "a b")::contains,
            Set.of("UA-63")::contains, LocalDate.parse("2023-12-30"), LocalDate.parse("2024-02-07"));

    @Test
    void validValuesPassAsSentAndGoIntoLinksInTheirOrder() {
        ViewParameters.Checked checked = ViewParameters.check(
                "utm=x&lang=uk&region=UA-63&strike=a%20b&to=2024-03-01&from=2023-01-01&date=2024-01-02", KNOWN);
        assertThat(checked.refused()).isEmpty();
        // A window reaching past the period is the page's to cut; links keep it as asked.
        assertThat(checked.valid().encoded())
                .isEqualTo("date=2024-01-02&strike=a%20b&from=2023-01-01&to=2024-03-01&region=UA-63&lang=uk");
        assertThat(ViewParameters.check((String) null, KNOWN).valid().suffix()).isEmpty();
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
                new Case("lang=e%CC%81n", "lang", "e\u0301n", Reason.NOT_A_LANGUAGE));
        for (Case bad : cases) {
            ViewParameters.Checked checked = ViewParameters.check(bad.query(), KNOWN);
            assertThat(checked.refused()).as(bad.query()).containsExactly(new Refusal(bad.name(), bad.value(), bad.reason()));
            assertThat(checked.valid().parameters()).as(bad.query()).isEmpty();
        }
    }

    @Test
    void aRefusalIsQuotedCutAndEscaped() {
        Refusal refusal = ViewParameters.check("strike=%22%3E%3Cb%3E" + "x".repeat(60), KNOWN).refusal("strike").orElseThrow();
        assertThat(refusal.echo()).isEqualTo("%22%3E%3Cb%3E" + "x".repeat(35) + "…");
    }

    @Test
    void languagesAreWellFormedTagsOfTheInterfacesLanguages() {
        assertThat(ViewParameters.language("uk")).contains(Locale.of("uk"));
        assertThat(ViewParameters.language("UK")).contains(Locale.of("uk"));
        assertThat(ViewParameters.language("uk-UA")).contains(Locale.of("uk"));
        assertThat(ViewParameters.language("en")).contains(Locale.ENGLISH);
        for (String bad : new String[] {null, "", "xx", " en", "en ", "en\t", "e", "english", "uk--UA", "uk-"}) {
            assertThat(ViewParameters.language(bad)).as("'%s'", bad).isEmpty();
        }
        assertThat(ViewParameters.chosenLanguage("xx", "uk-UA,uk;q=0.9")).isEqualTo(Locale.of("uk"));
        assertThat(ViewParameters.chosenLanguage("en", "uk")).isEqualTo(Locale.ENGLISH);
        assertThat(ViewParameters.chosenLanguage(null, null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void daysAndWholeNumbersAreAsciiDigitsOnly() {
        assertThat(ViewParameters.day("2024-02-29")).contains(LocalDate.parse("2024-02-29"));
        for (String bad : new String[] {"2023-02-29", "2024-1-02", "٢٠٢٤-٠١-٠١", "2024-01-02T00:00", "", null}) {
            assertThat(ViewParameters.day(bad)).as("'%s'", bad).isEmpty();
        }
        assertThat(ViewParameters.wholeNumber("300")).contains(300L);
        for (String bad : new String[] {"３００", "٣٠٠", " 300", "300 ", "+300", "-1", "3e2", "", "1234567890123456789"}) {
            assertThat(ViewParameters.wholeNumber(bad)).as("'%s'", bad).isEmpty();
        }
    }
}

package org.strikemap.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quote rule ({@link Quotes#find}) on hand-written cases: what it forgives and what it does not. */
class QuotesTest {

    private static final String REPORT = "KYIV, Feb 22 (AFP)\n\n“According to the investigation, Russian troops released"
            + " more than 20 North Korean weapons,” the SBU said.\u00A0It said the\n  missiles were ‘Hwasong-11’.";

    @Test
    void aSentenceOfTheReportIsFound() {
        assertThat(Quotes.find("the SBU said.", REPORT).found()).isTrue();
    }

    @Test
    void lineBreaksAndRunsOfSpacesInEitherTextCountAsOneSpace() {
        assertThat(Quotes.find("It said the missiles were", REPORT).found()).isTrue();
        assertThat(Quotes.find("Russian   troops\nreleased", REPORT).found()).isTrue();
        assertThat(Quotes.find("said. It said", REPORT).found()).as("a non-breaking space").isTrue();
    }

    @Test
    void typographicQuoteMarksMatchStraightOnesBothWays() {
        assertThat(Quotes.find("\"According to the investigation", REPORT).found()).isTrue();
        assertThat(Quotes.find("weapons,\" the SBU", REPORT).found()).isTrue();
        assertThat(Quotes.find("were 'Hwasong-11'.", REPORT).found()).isTrue();
        assertThat(Quotes.find("«Hwasong-11»", "called \"Hwasong-11\" there").found()).as("guillemets").isTrue();
    }

    @Test
    void anyOtherDifferenceIsNotForgiven() {
        assertThat(Quotes.find("the sbu said.", REPORT).found()).as("case").isFalse();
        assertThat(Quotes.find("more than 21 North Korean", REPORT).found()).as("a figure").isFalse();
        assertThat(Quotes.find("North Korean weapons...", REPORT).found()).as("punctuation").isFalse();
        assertThat(Quotes.find("Russiantroops", REPORT).found()).as("a missing space").isFalse();
    }

    @Test
    void anEmptyQuoteOrAMissingTextIsNeverFound() {
        assertThat(Quotes.find("", REPORT).found()).isFalse();
        assertThat(Quotes.find("  \n ", REPORT).found()).isFalse();
        assertThat(Quotes.find(null, REPORT).found()).isFalse();
        assertThat(Quotes.find("the SBU said.", null).found()).isFalse();
    }

    @Test
    void theSearchSaysWhatWasLookedFor() {
        assertThat(Quotes.find("  “Hwasong-11”\n was ", REPORT).searched()).isEqualTo("\"Hwasong-11\" was");
    }
}

package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;

/** The count sentence in the map's real words, written out. */
class CountSentenceTest {

    private static final Messages EN = Messages.english();
    private static final Messages UK = Messages.of(Languages.UKRAINIAN);
    private static final TimeWindow DAY = TimeWindow.upTo(LocalDate.of(2024, 1, 3));
    private static final TimeWindow WINDOW = TimeWindow.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 14));

    @Test
    void upToADayInEnglish() {
        assertEquals("2 of 10 located attacks on record, up to 8 more possible; 2 more reported without a place",
                CountSentence.of(CountSentence.forMap(EN), new CountSentence.Tally(2, 8, 10, 2), DAY));
        assertEquals("10 of 10 located attacks on record",
                CountSentence.of(CountSentence.forMap(EN), new CountSentence.Tally(10, 0, 10, 0), DAY));
    }

    @Test
    void aWindowInEnglishLeavesTheUnlocatedOut() {
        assertEquals("1 of 10 located attacks in this window, up to 8 more possibly in it",
                CountSentence.of(CountSentence.forMap(EN), new CountSentence.Tally(1, 8, 10, 2), WINDOW));
    }

    @Test
    void aRegionHasNoTotalAndNoUnlocatedPart() {
        assertEquals("1 located attacks on record in this region, up to 2 more possible",
                CountSentence.of(CountSentence.forRegion(EN), new CountSentence.Tally(1, 2, 10, 5), DAY));
        assertEquals("0 located attacks of this region in this window",
                CountSentence.of(CountSentence.forRegion(EN), new CountSentence.Tally(0, 0, 10, 5), WINDOW));
    }

    @Test
    void inUkrainian() {
        assertEquals("Зафіксовано атак із відомим місцем: 2 з 10, можливо ще до 8; ще без місця в повідомленнях: 2",
                CountSentence.of(CountSentence.forMap(UK), new CountSentence.Tally(2, 8, 10, 2), DAY));
        assertEquals("Атак із відомим місцем у цьому вікні: 1 з 10, можливо в ньому ще до 8",
                CountSentence.of(CountSentence.forMap(UK), new CountSentence.Tally(1, 8, 10, 2), WINDOW));
    }
}

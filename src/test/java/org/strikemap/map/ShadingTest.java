package org.strikemap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's own shading, with its colours written out. */
class ShadingTest {

    private static final Shading ATTACKS = Shading.ATTACKS;

    @Test
    void theAttacksShadingHasThreeStepsAndAPossibleTone() {
        assertEquals("#e2ddd5", ATTACKS.base());
        assertEquals(List.of(1, 2, 3), ATTACKS.breaks());
        assertEquals(List.of("#fde0d2", "#fcae91", "#f4845f"), ATTACKS.colours());
        assertEquals("#cdd5e0", ATTACKS.possible());
    }

    @Test
    void aRegionTakesTheColourOfItsAttacksOnRecord() {
        assertEquals("#e2ddd5", ATTACKS.fillFor(0, 0));
        assertEquals("#fde0d2", ATTACKS.fillFor(1, 0));
        assertEquals("#fcae91", ATTACKS.fillFor(2, 0));
        assertEquals("#f4845f", ATTACKS.fillFor(3, 0));
        assertEquals("#f4845f", ATTACKS.fillFor(12, 0));
    }

    @Test
    void thePossibleToneOnlyWhereNothingIsOnRecord() {
        assertEquals("#cdd5e0", ATTACKS.fillFor(0, 1));
        assertEquals("#fde0d2", ATTACKS.fillFor(1, 4));
    }

    @Test
    void colourForIgnoresWhatIsPossible() {
        assertEquals("#e2ddd5", ATTACKS.colourFor(0));
        assertEquals("#fcae91", ATTACKS.colourFor(2));
    }

    @Test
    void everyBreakHasAColour() {
        assertThrows(IllegalArgumentException.class, () -> new Shading("#000000", List.of(1, 2), List.of("#111111"), null));
    }
}

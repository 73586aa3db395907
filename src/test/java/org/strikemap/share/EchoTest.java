package org.strikemap.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void shortValuesComeBackWhole() {
        assertThat(Echo.of("2024-13-01")).isEqualTo("2024-13-01");
        assertThat(Echo.of(null)).isEmpty();
    }

    @Test
    void longValuesAreCutAtTheLimitWithAnEllipsis() {
        String cut = Echo.of("a".repeat(7000));
        assertThat(cut).isEqualTo("a".repeat(Echo.LIMIT) + "…");
        // Counted in characters as read, so an emoji is never split in half.
        assertThat(Echo.of("\uD83D\uDE00".repeat(50))).isEqualTo("\uD83D\uDE00".repeat(Echo.LIMIT) + "…");
    }

    @Test
    void markupAndQuotesComeBackAsTheirPercentEscapes() {
        assertThat(Echo.of("\"><script>alert('x')</script>`")).isEqualTo("%22%3E%3Cscript%3Ealert(%27x%27)%3C/script%3E%60");
        // The cut counts characters as read, before they are written as escapes.
        assertThat(Echo.of("<".repeat(60))).isEqualTo("%3C".repeat(Echo.LIMIT) + "…");
    }

    @Test
    void lineBreaksAndInvisibleCharactersBecomeSpaces() {
        assertThat(Echo.of("a\r\nSet-Cookie: x\u0000\u202E\u200B")).isEqualTo("a  Set-Cookie: x   ");
    }
}

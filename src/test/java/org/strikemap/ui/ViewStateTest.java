package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewStateTest {

    private static final LocalDate FROM = LocalDate.of(2023, 12, 30);
    private static final LocalDate TO = LocalDate.of(2024, 2, 7);

    @Test
    void aLongBadDateIsQuotedCutAndTheMessageSaysWhatWasExpected() {
        String date = "<b>" + "x".repeat(7000);
        ViewState state = ViewState.from(QueryParameters.simple(Map.of("date", date)), FROM, TO);
        assertThat(state.problem()).hasValueSatisfying(message -> {
            assertThat(message).contains("\"<b>" + "x".repeat(37) + "…\"", "expected YYYY-MM-DD within")
                    .doesNotContain("x".repeat(38));
            assertThat(message.length()).isLessThan(200);
        });
    }

    @Test
    void aDayOutsideThePeriodSaysThePeriod() {
        ViewState state = ViewState.from(QueryParameters.simple(Map.of("date", "2025-01-01")), FROM, TO);
        assertThat(state.problem()).hasValueSatisfying(message -> assertThat(message)
                .contains("2025-01-01", "outside the period"));
    }

    @Test
    void aLongBadWindowDateIsQuotedCut() {
        ViewState state = ViewState.from(QueryParameters.simple(Map.of("from", "y".repeat(5000))), FROM, TO);
        assertThat(state.problem()).hasValueSatisfying(message -> assertThat(message)
                .contains("\"" + "y".repeat(40) + "…\"", "expected YYYY-MM-DD within").doesNotContain("y".repeat(41)));
    }
}

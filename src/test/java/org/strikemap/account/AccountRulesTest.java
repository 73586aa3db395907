package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a login, a name, an e-mail address, a password and a label must be ({@link AccountRules}). */
class AccountRulesTest {

    @Test
    void loginsAreLowerCaseWordsOrAddresses() {
        assertThat(AccountRules.login("  Olena.K@Newsroom.example ")).isEqualTo("olena.k@newsroom.example");
        assertThat(AccountRules.loginProblem("olena.k@newsroom.example")).isEmpty();
        assertThat(AccountRules.loginProblem("o")).isEmpty();
        assertThat(AccountRules.loginProblem("")).contains("account.rule.login");
        assertThat(AccountRules.loginProblem("olena k")).contains("account.rule.login");
        assertThat(AccountRules.loginProblem("<script>")).contains("account.rule.login");
        assertThat(AccountRules.loginProblem("-olena")).contains("account.rule.login");
        assertThat(AccountRules.loginProblem("о".repeat(3))).as("Cyrillic").contains("account.rule.login");
        assertThat(AccountRules.loginProblem("a".repeat(101))).contains("account.rule.login");
    }

    @Test
    void namesAreAnyTextWithoutControlCharacters() {
        assertThat(AccountRules.nameProblem("Олена Коваль")).isEmpty();
        assertThat(AccountRules.nameProblem("<b>Olena</b>")).as("stays text where it shows").isEmpty();
        assertThat(AccountRules.nameProblem("  ")).contains("account.rule.name");
        assertThat(AccountRules.nameProblem("Olena\nKoval")).contains("account.rule.name");
        assertThat(AccountRules.nameProblem("x".repeat(201))).contains("account.rule.name");
    }

    @Test
    void anEmailAddressIsOptional() {
        assertThat(AccountRules.emailProblem(null)).isEmpty();
        assertThat(AccountRules.emailProblem("")).isEmpty();
        assertThat(AccountRules.emailProblem("olena@newsroom.example")).isEmpty();
        assertThat(AccountRules.emailProblem("olena")).contains("account.rule.email");
        assertThat(AccountRules.emailProblem("olena@localhost")).contains("account.rule.email");
        assertThat(AccountRules.emailProblem("o@@x.example")).contains("account.rule.email");
    }

    @Test
    void passwordsAreLongEnoughFitBcryptAndAreNotTheLogin() {
        assertThat(AccountRules.passwordProblem("correct horse battery", "olena")).isEmpty();
        assertThat(AccountRules.passwordProblem("short pass!", "olena")).contains("account.rule.passwordShort");
        assertThat(AccountRules.passwordProblem(null, "olena")).contains("account.rule.passwordShort");
        assertThat(AccountRules.passwordProblem("ж".repeat(36), "olena")).as("72 bytes").isEmpty();
        assertThat(AccountRules.passwordProblem("ж".repeat(37), "olena")).contains("account.rule.passwordLong");
        assertThat(AccountRules.passwordProblem("Olena.Koval.2024", "olena.koval.2024")).contains("account.rule.passwordLogin");
    }

    @Test
    void labelsAreShortText() {
        assertThat(AccountRules.labelProblem("nightly import")).isEmpty();
        assertThat(AccountRules.labelProblem("")).contains("account.rule.label");
        assertThat(AccountRules.labelProblem("x".repeat(101))).contains("account.rule.label");
    }
}

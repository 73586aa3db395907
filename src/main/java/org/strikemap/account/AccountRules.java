package org.strikemap.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a login, a name, an e-mail address, a password and a token's label must be: each rule once, used by the
 * services before anything is stored and by the views' validators as the person types. Each answers the reason's
 * key in the interface's words, empty when the value is fine. Passwords: at least 12 characters (length, not
 * character classes, is what makes a password hard to guess), at most 72 bytes (what bcrypt reads), not the login.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@+-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{1,63}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private AccountRules() {
    }

    /** A login as stored and compared: trimmed, lower case. */
    public static String login(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> loginProblem(String typed) {
        return LOGIN.matcher(login(typed)).matches() ? Optional.empty() : Optional.of("account.rule.login");
    }

    public static Optional<String> nameProblem(String name) {
        String value = name == null ? "" : name.strip();
        return value.isEmpty() || value.length() > 200 || CONTROL.matcher(value).find()
                ? Optional.of("account.rule.name") : Optional.empty();
    }

    /** An optional address: blank is fine (none). */
    public static Optional<String> emailProblem(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String value = email.strip();
        return value.length() <= 254 && EMAIL.matcher(value).matches() ? Optional.empty() : Optional.of("account.rule.email");
    }

    public static Optional<String> passwordProblem(String password, String login) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            return Optional.of("account.rule.passwordShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("account.rule.passwordLong");
        }
        if (login(password).equals(login(login))) {
            return Optional.of("account.rule.passwordLogin");
        }
        return Optional.empty();
    }

    public static Optional<String> labelProblem(String label) {
        String value = label == null ? "" : label.strip();
        return value.isEmpty() || value.length() > 100 || CONTROL.matcher(value).find()
                ? Optional.of("account.rule.label") : Optional.empty();
    }

    /** Throws {@link InvalidEntry} with the first problem found. */
    static void check(Optional<String> problem, String english) {
        problem.ifPresent(key -> {
            throw new InvalidEntry(key, english);
        });
    }
}

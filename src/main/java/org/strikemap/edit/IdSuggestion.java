package org.strikemap.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A new record's id, suggested from its words ("Central Kharkiv" and 2024-01-02: "central-kharkiv-2024-01-02"):
 * Latin letters and digits of the words, lower case, joined by hyphens; a number appended while it is taken. The
 * person may change it before the first save. Limits: words in other scripts give nothing, and the suffix alone
 * remains.
 */
final class IdSuggestion {

    private IdSuggestion() {
    }

    static String suggest(String words, String suffix, String fallback, Set<String> taken) {
        String ascii = words == null ? "" : Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String id = String.join("-", java.util.stream.Stream.of(base.isEmpty() ? fallback : base, suffix)
                .filter(part -> part != null && !part.isEmpty()).toList());
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }
}

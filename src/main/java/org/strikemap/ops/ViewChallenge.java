package org.strikemap.ops;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The question a view's page must answer to confirm that a browser runs it: a random nonce sent with the view's
 * first answer as a script for Flow's client to run ({@code executeJs}), whose result comes back through the
 * client's own next exchange. Answering takes what a browser does with the page (Flow's client reading the UIDL,
 * running the script, replying with the right sync ids and CSRF token), not one cookie-bearing request such as a
 * heartbeat. The answer is FNV-1a (32 bit) of the nonce's characters, in hex. Limits: not a secret; a client that
 * speaks Flow's protocol in full can answer, and then pays for a view like a browser, within the global budget.
 */
final class ViewChallenge {

    /** Run by Flow's client with the nonce as {@code $0}. */
    static final String SCRIPT = "const s = $0; let h = 0x811c9dc5;"
            + " for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }"
            + " return h.toString(16);";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ViewChallenge() {
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What {@link #SCRIPT} returns for {@code nonce}. */
    static String answer(String nonce) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < nonce.length(); i++) {
            hash ^= nonce.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.toHexString(hash);
    }
}

package org.strikemap.hostile;

import java.util.Map;

/**
 * One hostile request and what must come back: {@code status} exactly, or when it is 2, 3 or 4 any status of that
 * class; {@code form} is what an error answer must look like. {@code target} may hold {@code {v}} for the dataset
 * version.
 *
 * @param group the case group, as listed in docs/HARDENING.md
 */
record HostileCase(String group, String method, String target, Map<String, String> headers, int status, Form form) {

    enum Form {
        /** {@code {"status", "error", "message"}} JSON. */
        JSON,
        /** The site's error page, with a link to the map. */
        PAGE,
        /** One line of plain text. */
        TEXT,
        /** Tomcat refused it before the application: a short page or JSON, no dataset words. */
        SHORT,
        /** Any of the forms above: the application or Tomcat may refuse it first. */
        ERROR,
        /** Whatever the endpoint answers (a success). */
        ANY
    }

    static HostileCase get(String group, String target, int status, Form form) {
        return new HostileCase(group, "GET", target, Map.of(), status, form);
    }

    HostileCase with(String header, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new HostileCase(group, method, target, more, status, form);
    }

    boolean matches(int actual) {
        return status < 10 ? actual / 100 == status : actual == status;
    }

    @Override
    public String toString() {
        String shown = target.length() > 90 ? target.substring(0, 90) + "…(" + target.length() + ")" : target;
        return group + ": " + method + " " + shown + (headers.isEmpty() ? "" : " " + headers.keySet());
    }
}

package org.strikemap.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One hostile request and what must come back: {@code status} exactly, or when it is 2, 3 or 4 any status of that
 * class; {@code form} is what an error answer must look like; none of {@code absent} may be in the body (e.g. a
 * refused value in a link). {@code target} may hold {@code {v}} for the dataset version and {@code {p}} for the port.
 *
 * @param group the case group, as listed in docs/HARDENING.md
 */
record HostileCase(String group, String method, String target, Map<String, String> headers, int status, Form form,
                   List<String> absent) {

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
        return new HostileCase(group, "GET", target, Map.of(), status, form, List.of());
    }

    HostileCase(String group, String method, String target, Map<String, String> headers, int status, Form form) {
        this(group, method, target, headers, status, form, List.of());
    }

    HostileCase with(String header, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new HostileCase(group, method, target, more, status, form, absent);
    }

    /** The same case, its body also required not to contain {@code text}. */
    HostileCase without(String text) {
        List<String> more = new ArrayList<>(absent);
        more.add(text);
        return new HostileCase(group, method, target, headers, status, form, more);
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

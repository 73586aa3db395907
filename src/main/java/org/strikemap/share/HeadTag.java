package org.strikemap.share;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One void element for a page's {@code <head>} ({@code <link>} or {@code <meta>}) with its attributes in order.
 * Callers that build a DOM add the element and attributes themselves; others take {@link #html()}, escaped.
 */
public record HeadTag(String element, Map<String, String> attributes) {

    public HeadTag {
        if (!element.equals("link") && !element.equals("meta")) {
            throw new IllegalArgumentException("not a head tag this package writes: " + element);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    static HeadTag meta(String key, String name, String content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(key, name);
        attributes.put("content", content);
        return new HeadTag("meta", attributes);
    }

    /** The element as HTML, every attribute value escaped. */
    public String html() {
        return "<" + element + attributes.entrySet().stream()
                .map(attribute -> " " + attribute.getKey() + "=\"" + Html.attribute(attribute.getValue()) + "\"")
                .collect(Collectors.joining()) + ">";
    }
}

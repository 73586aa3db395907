package org.strikemap.ops;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP session that lives for one request only: never registered with the container, so it sets no cookie and
 * is garbage when the request ends. Handed to Vaadin for requests that must not start a session. Limits: fires no
 * binding events, so nothing stored in it is told it was dropped.
 */
final class DetachedSession implements HttpSession {

    private final ServletContext context;
    private final long created = System.currentTimeMillis();
    private final String id = "detached-" + UUID.randomUUID();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private int maxInactiveSeconds;

    DetachedSession(ServletContext context) {
        this.context = context;
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveSeconds = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveSeconds;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}

package org.strikemap.ops;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sessions whose view has been started but not yet heard from (no exchange or heartbeat after {@code ?v-r=init}):
 * at most {@code strikemap.sessions.max-unconfirmed} (2,000) of them, the oldest ended first. A browser confirms
 * its view within a second or two; a script that only asks for views, from many addresses, would otherwise hold a
 * view per request for the whole idle timeout. Limits: a real browser is only cut off if more than that many views
 * are started while its first exchange is on its way.
 */
@Component
class UnconfirmedSessions implements HttpSessionListener {

    private final int max;
    private final Map<String, HttpSession> waiting = new LinkedHashMap<>();

    UnconfirmedSessions(@Value("${strikemap.sessions.max-unconfirmed:2000}") int max) {
        if (max < 1) {
            throw new IllegalArgumentException("strikemap.sessions.max-unconfirmed must be at least 1");
        }
        this.max = max;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession oldest = null;
        synchronized (waiting) {
            waiting.put(event.getSession().getId(), event.getSession());
            if (waiting.size() > max) {
                Iterator<HttpSession> first = waiting.values().iterator();
                oldest = first.next();
                first.remove();
            }
        }
        if (oldest != null) {
            try {
                oldest.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // it ended on its own meanwhile
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        confirm(event.getSession().getId());
    }

    /** The session's view has talked to the server: it is a browser, and no longer counted here. */
    void confirm(String sessionId) {
        synchronized (waiting) {
            waiting.remove(sessionId);
        }
    }

    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }
}

package org.strikemap.ops;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a session outlives its last request: {@code strikemap.sessions.idle-timeout} (default 3 minutes, to the
 * second, unlike {@code server.servlet.session.timeout}'s whole minutes). An open view sends Vaadin's heartbeat
 * every {@code vaadin.heartbeatInterval} seconds (60), so it keeps its session however long its reader stays idle;
 * a closed tab's session ends three missed heartbeats later. Tomcat looks for expired sessions on every pass of
 * its background thread ({@code server.tomcat.background-processor-delay}, 10 s) instead of every sixth. Counts
 * live sessions for tests and the flood benchmark's log.
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetime implements HttpSessionListener {

    private final int idleSeconds;
    private final AtomicInteger live = new AtomicInteger();

    SessionLifetime(@Value("${strikemap.sessions.idle-timeout:3m}") Duration idleTimeout) {
        this.idleSeconds = (int) Math.max(1, idleTimeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
        live.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
    }

    /** HTTP sessions that exist now. */
    int live() {
        return live.get();
    }

    @Bean
    static TomcatContextCustomizer expireOnEveryBackgroundPass() {
        return context -> {
            if (context.getManager() == null) {
                context.setManager(new StandardManager()); // what Tomcat would create at start anyway
            }
            if (context.getManager() instanceof ManagerBase manager) {
                manager.setProcessExpiresFrequency(1);
            }
        };
    }
}

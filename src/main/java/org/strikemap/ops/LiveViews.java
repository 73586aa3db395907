package org.strikemap.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Every view (Vaadin UI) the server holds, and the global bound on them ({@link ViewsProperties}): a view counts
 * from its start ({@code ?v-r=init}) until it is removed or its session ends. A new view waits for its page's answer
 * to a {@link ViewChallenge}, sent with the view's start, which Flow's client answers before it navigates; until then
 * a navigation shows {@link WaitingForItsPage} instead of the page's view, so a view that no page runs stays cheap.
 * Answered, the view is confirmed (and built, if its navigation came first) and stays as long as its session.
 * Unconfirmed views are let go after {@code confirm-within} (a sweep each second), and the oldest of them
 * whenever a new view needs its room; when the server holds {@code max} views and none is unconfirmed, new views are
 * refused ({@link ViewAdmission} answers the busy page). Letting a view go ends its HTTP session when the session
 * holds no confirmed view, and otherwise removes only that UI. Limits: views started at the same moment are admitted
 * before they are counted, so the bound can be passed by the few page builds allowed at once
 * ({@code strikemap.pages.max-concurrent}).
 */
@Component
class LiveViews implements VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveViews.class);

    /** A view held: its session and, until confirmed, the answer its page owes and when it started. */
    private record Held(VaadinSession session, WrappedSession httpSession, String answer, long startedNanos) {
    }

    private final int max;
    private final int maxWaiting;
    private final long confirmWithinNanos;
    private final Map<UI, Held> waiting = new LinkedHashMap<>(); // oldest first
    private final Map<UI, Held> confirmed = new LinkedHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable ->
            Thread.ofPlatform().daemon().name("strikemap-view-sweep").unstarted(runnable));

    LiveViews(ViewsProperties properties) {
        this.max = properties.maxViews(Runtime.getRuntime().maxMemory());
        this.maxWaiting = properties.maxWaiting(max);
        this.confirmWithinNanos = properties.confirmWithin().toNanos();
        log.info("Views held at most: {} ({} waiting for their page's answer, each for up to {} s)", max, maxWaiting,
                properties.confirmWithin().toSeconds());
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addUIInitListener(init -> started(init.getUI()));
        service.addSessionDestroyListener(destroyed -> ended(destroyed.getSession()));
    }

    /**
     * Whether a new view may start: yes while below the bound, also when an unconfirmed view can make room (the
     * oldest is let go); no when every view held is confirmed.
     */
    boolean admit() {
        List<Map.Entry<UI, Held>> victims = new ArrayList<>();
        boolean admitted;
        synchronized (this) {
            while (waiting.size() >= maxWaiting) {
                victims.add(takeOldestWaiting());
            }
            if (waiting.size() + confirmed.size() >= max && !waiting.isEmpty()) {
                victims.add(takeOldestWaiting());
            }
            admitted = waiting.size() + confirmed.size() < max;
        }
        victims.forEach(this::letGo);
        return admitted;
    }

    /** Whether a page that will start a view is worth serving: there is room, or an unconfirmed view can make it. */
    synchronized boolean hasRoom() {
        return waiting.size() + confirmed.size() < max || !waiting.isEmpty();
    }

    synchronized int held() {
        return waiting.size() + confirmed.size();
    }

    synchronized int waiting() {
        return waiting.size();
    }

    int max() {
        return max;
    }

    private void started(UI ui) {
        VaadinSession session = ui.getSession();
        String nonce = ViewChallenge.nonce();
        Held held = new Held(session, session.getSession(), ViewChallenge.answer(nonce), System.nanoTime());
        ui.addDetachListener(detached -> forget(ui));
        // Only a view asked for by a client (?v-r=init) has a page that can answer; a UI made on the server itself
        // (a test's, a server-side bootstrap's) is counted, but waits for nothing.
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !"init".equals(request.getParameter("v-r"))) {
            synchronized (this) {
                confirmed.put(ui, held);
            }
            return;
        }
        synchronized (this) {
            waiting.put(ui, held);
        }
        ui.getPage().executeJs(ViewChallenge.SCRIPT, nonce).then(String.class, answer -> answered(ui, answer));
        ui.addBeforeEnterListener(entering -> {
            if (isWaiting(ui)) {
                entering.rerouteToError(WaitingForItsPage.NotConfirmed.class);
            }
        });
    }

    private synchronized boolean isWaiting(UI ui) {
        return waiting.containsKey(ui);
    }

    private void answered(UI ui, String answer) {
        boolean confirmedNow;
        synchronized (this) {
            Held held = waiting.get(ui);
            confirmedNow = held != null && held.answer().equals(answer);
            if (confirmedNow) {
                waiting.remove(ui);
                confirmed.put(ui, held);
            }
        }
        // Usually the answer comes before any navigation; if the page navigated first, build its view now.
        if (confirmedNow && ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(target -> target instanceof WaitingForItsPage)) {
            ui.refreshCurrentRoute(false);
        }
    }

    private synchronized void forget(UI ui) {
        waiting.remove(ui);
        confirmed.remove(ui);
    }

    private synchronized void ended(VaadinSession session) {
        waiting.values().removeIf(held -> held.session() == session);
        confirmed.values().removeIf(held -> held.session() == session);
    }

    /** Lets go of views that did not confirm in time, and forgets views Vaadin has already removed. */
    private void sweep() {
        try {
            List<Map.Entry<UI, Held>> victims = new ArrayList<>();
            long now = System.nanoTime();
            synchronized (this) {
                waiting.keySet().removeIf(ui -> ui.getSession() == null);
                confirmed.keySet().removeIf(ui -> ui.getSession() == null);
                while (!waiting.isEmpty() && now - waiting.values().iterator().next().startedNanos() > confirmWithinNanos) {
                    victims.add(takeOldestWaiting());
                }
            }
            victims.forEach(this::letGo);
        } catch (RuntimeException e) {
            log.warn("Sweeping unconfirmed views failed: {}", e.toString());
        }
    }

    /** Must hold the lock. */
    private Map.Entry<UI, Held> takeOldestWaiting() {
        Iterator<Map.Entry<UI, Held>> oldest = waiting.entrySet().iterator();
        Map.Entry<UI, Held> first = oldest.next();
        Map.Entry<UI, Held> victim = Map.entry(first.getKey(), first.getValue());
        oldest.remove();
        return victim;
    }

    /** Ends the view's session if it holds no confirmed view, else removes the view alone. Outside the lock. */
    private void letGo(Map.Entry<UI, Held> victim) {
        UI ui = victim.getKey();
        Held held = victim.getValue();
        boolean sessionHasConfirmed;
        synchronized (this) {
            sessionHasConfirmed = confirmed.values().stream().anyMatch(other -> other.session() == held.session());
        }
        try {
            if (sessionHasConfirmed) {
                // Through the UI, not only its session: its components' detach listeners may ask UI.getCurrent().
                ui.access(() -> held.session().removeUI(ui));
            } else {
                held.httpSession().invalidate();
            }
        } catch (UIDetachedException | IllegalStateException alreadyGone) {
            // The view or its session ended on its own meanwhile.
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }
}

package org.strikemap.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /offline-stub.html}: what Vaadin's page shows in a frame when its view could not be started (Flow's client
 * loads this address whenever {@code ?v-r=init} fails): here the busy page ({@link Refusals}), since a refused start
 * is the usual reason, with the embed and a way back to the full map. Limits: a browser that is truly offline
 * cannot load it either, and shows its own error in the frame.
 */
@RestController
class OfflineStub {

    /** How long the stub suggests waiting: about as long as unconfirmed views take to be let go. */
    private static final long RETRY_SECONDS = 30;

    private final Refusals refusals;

    OfflineStub(Refusals refusals) {
        this.refusals = refusals;
    }

    @GetMapping(value = "/offline-stub.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> stub(HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(refusals.busyPage(request, RETRY_SECONDS));
    }
}

package org.strikemap.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every request of one page with the bytes that crossed the wire, from Chromium's DevTools {@code Network} events:
 * {@code loadingFinished.encodedDataLength} (compressed body plus headers), counted as 0 when the response came from
 * a cache ({@code requestServedFromCache}, or {@code fromDiskCache}/{@code fromPrefetchCache}/{@code fromServiceWorker}
 * on the response). Limits: sees the page's own target only (not service or shared workers); events arrive while
 * Playwright is being called, so read it after a wait on the page.
 */
final class NetworkRecorder {

    /** One request as the DevTools events described it; mutable while the page loads. */
    static final class Request {
        final String id;
        String url = "";
        String resourceType = "";
        String mimeType = "";
        boolean fromCache;
        boolean finished;
        long encodedBytes;

        Request(String id) {
            this.id = id;
        }

        /** Bytes over the wire: 0 for a cache hit, whatever the event said. */
        long bytes() {
            return fromCache || !finished ? 0 : encodedBytes;
        }
    }

    private final CDPSession cdp;
    private final Map<String, Request> requests = new LinkedHashMap<>();

    private NetworkRecorder(CDPSession cdp) {
        this.cdp = cdp;
    }

    /** Starts recording; call before the navigation. {@code cacheDisabled} makes every load go to the network. */
    static NetworkRecorder attach(Page page, boolean cacheDisabled) {
        NetworkRecorder recorder = new NetworkRecorder(page.context().newCDPSession(page));
        recorder.listen();
        recorder.cdp.send("Network.enable");
        JsonObject cache = new JsonObject();
        cache.addProperty("cacheDisabled", cacheDisabled);
        recorder.cdp.send("Network.setCacheDisabled", cache);
        return recorder;
    }

    private void listen() {
        cdp.on("Network.requestWillBeSent", event -> {
            Request request = request(event);
            request.url = event.getAsJsonObject("request").get("url").getAsString();
            request.resourceType = text(event, "type");
        });
        cdp.on("Network.requestServedFromCache", event -> request(event).fromCache = true);
        cdp.on("Network.responseReceived", event -> {
            Request request = request(event);
            JsonObject response = event.getAsJsonObject("response");
            request.mimeType = text(response, "mimeType");
            if (flag(response, "fromDiskCache") || flag(response, "fromPrefetchCache")
                    || flag(response, "fromServiceWorker")) {
                request.fromCache = true;
            }
        });
        cdp.on("Network.loadingFinished", event -> {
            Request request = request(event);
            request.finished = true;
            request.encodedBytes = event.get("encodedDataLength").getAsLong();
        });
    }

    List<Request> requests() {
        return new ArrayList<>(requests.values());
    }

    long totalBytes() {
        return requests.values().stream().mapToLong(Request::bytes).sum();
    }

    /** The response body as text, "" when Chromium no longer has it. */
    String body(Request request) {
        JsonObject params = new JsonObject();
        params.addProperty("requestId", request.id);
        try {
            JsonObject result = cdp.send("Network.getResponseBody", params);
            String body = result.get("body").getAsString();
            return result.get("base64Encoded").getAsBoolean()
                    ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
        } catch (PlaywrightException e) {
            return "";
        }
    }

    void detach() {
        cdp.detach();
    }

    private Request request(JsonObject event) {
        return requests.computeIfAbsent(event.get("requestId").getAsString(), Request::new);
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static boolean flag(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && !value.isJsonNull() && value.getAsBoolean();
    }
}

package org.strikemap.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view started by a script that runs no browser, as issue 16's audit started them: {@code GET ?v-r=init}, then
 * Vaadin's {@code ui-navigate} event (which builds the page's view) and heartbeats, each carrying the session cookie
 * the start set, none of them running the page's script. Plain {@code java.net.http}; no cookie store, the cookie is
 * sent by hand. Limits: speaks only the requests a view's start needs; answers no script the server sends.
 */
public final class ScriptedView {

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    /** The first script the start asks the page to run: its first argument and the channel its value goes back on. */
    private static final Pattern FIRST_SCRIPT = Pattern.compile(
            "\"execute\":\\[\\[\"([^\"]*)\",\\{\"@v-return\":\\[(\\d+),(\\d+)]}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String base;
    private final HttpResponse<String> start;
    private final String cookie;
    private final String csrf;
    private final int uiId;
    private int syncId;
    private int clientId;

    private ScriptedView(HttpClient client, String base, HttpResponse<String> start) {
        this.client = client;
        this.base = base;
        this.start = start;
        this.cookie = start.headers().firstValue("Set-Cookie").map(value -> value.split(";", 2)[0]).orElse(null);
        this.csrf = find(CSRF, start.body()).orElse(null);
        this.uiId = find(UI_ID, start.body()).map(Integer::parseInt).orElse(0);
    }

    /** Asks {@code base} (e.g. {@code http://localhost:8080/}) for a view of the page at {@code location}. */
    public static ScriptedView start(HttpClient client, String base, String location, String query)
            throws IOException, InterruptedException {
        String target = base + "?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(target)).timeout(TIMEOUT).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return new ScriptedView(client, base, response);
    }

    /** The start's answer. */
    public HttpResponse<String> startAnswer() {
        return start;
    }

    /** Whether the server started a view: a JSON answer and a session cookie. */
    public boolean started() {
        return start.statusCode() == 200 && cookie != null && csrf != null;
    }

    /** Vaadin's {@code ui-navigate} event for the page, which makes the server build its view; returns the status. */
    public int navigate(String route, String query) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = post("?v-r=uidl&v-uiId=" + uiId, body);
        syncId++;
        clientId++;
        return response.statusCode();
    }

    /**
     * Answers the first script the view's start sent, as Flow's client does once it has run it, with the value
     * {@code run} gives for the script's first argument; returns the answer (the UIDL response). A script that does
     * this speaks Flow's protocol; the tests use it to play a page whose answer comes late.
     */
    public HttpResponse<String> answer(UnaryOperator<String> run) throws IOException, InterruptedException {
        Matcher script = FIRST_SCRIPT.matcher(start.body());
        if (!script.find()) {
            throw new IllegalStateException("the view's start asked the page to run no script");
        }
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"channel\",\"node\":" + script.group(2)
                + ",\"channel\":" + script.group(3) + ",\"args\":[\"" + run.apply(script.group(1)) + "\"]}],\"syncId\":"
                + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = post("?v-r=uidl&v-uiId=" + uiId, body);
        syncId++;
        clientId++;
        return response;
    }

    /** One heartbeat of the view; returns the status. */
    public int heartbeat() throws IOException, InterruptedException {
        return post("?v-r=heartbeat&v-uiId=" + uiId, "").statusCode();
    }

    private HttpResponse<String> post(String query, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + query)).timeout(TIMEOUT)
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

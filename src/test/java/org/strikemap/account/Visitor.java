package org.strikemap.account;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One client of the app under test over plain HTTP, with its own cookies (a browser without a script engine): it can
 * open a session the way the sign-in page's view does, post the sign-in form and send an API token. Redirects are not followed, so tests see them. {@code address}, when set, is
 * sent as {@code X-Forwarded-For} (the apps that use it trust the test client as their proxy).
 */
final class Visitor {

    private final int port;
    private final String address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    Visitor(int port, String address) {
        this.port = port;
        this.address = address;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Starts a view of the sign-in page, as its script does: the one request that opens a session. */
    HttpResponse<String> openSignInPage() throws Exception {
        return get("/?v-r=init&location=login&query=");
    }

    HttpResponse<String> signIn(String login, String password, String... headers) throws Exception {
        return post("/login", "username=" + encode(login) + "&password=" + encode(password), headers);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        return client.send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) throws Exception {
        return client.send(request(path, headers).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        return client.send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The session's id as the cookie holds it, if there is one. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie (to replay an old session's id). */
    void useSession(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        List<String> all = new ArrayList<>(List.of(headers));
        if (address != null) {
            all.add("X-Forwarded-For");
            all.add(address);
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        return request;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

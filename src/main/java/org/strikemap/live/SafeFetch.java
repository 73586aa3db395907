package org.strikemap.live;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a published address into a temporary file, guarded: only {@code http} and {@code https}; every address the
 * host name resolves to must be public (not loopback, private, link-local — where cloud metadata lives — shared,
 * multicast or unspecified) unless {@link FetchProperties#allowPrivate()}; redirects followed by hand, each hop checked
 * the same way, at most {@link FetchProperties#maxRedirects()}; the body cut off past {@link FetchProperties#maxBytes()};
 * the whole fetch, body included, within {@link FetchProperties#timeout()}. Limits: the host is resolved once to check
 * it and again by the HTTP client to connect (DNS answers that change in between are not caught).
 */
final class SafeFetch {

    /** What was fetched: the final address, the file holding the body, its media type (may be null). */
    record Fetched(URI address, Path file, String mediaType) {
    }

    private final FetchProperties properties;
    private final HttpClient http;

    SafeFetch(FetchProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).build();
    }

    Fetched fetch(String address) {
        Instant deadline = Instant.now().plus(properties.timeout());
        URI uri = parse(address);
        for (int hop = 0; ; hop++) {
            check(uri);
            Path file;
            try {
                file = Files.createTempFile("strikemap-live", ".fetch");
            } catch (IOException e) {
                throw new FetchRefused("cannot make a temporary file: " + e.getMessage(), e);
            }
            HttpResponse<Path> response = send(uri, file, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                delete(file);
                if (hop >= properties.maxRedirects()) {
                    throw new FetchRefused(address + " redirects more than " + properties.maxRedirects() + " times");
                }
                uri = uri.resolve(response.headers().firstValue("Location").get().strip());
                continue;
            }
            if (status != 200) {
                delete(file);
                throw new FetchRefused(uri + " answered " + status + ", not 200");
            }
            return new Fetched(uri, file, response.headers().firstValue("Content-Type").orElse(null));
        }
    }

    /** The address as a URI; only http(s) with a host. */
    static URI parse(String address) {
        URI uri;
        try {
            uri = URI.create(address == null ? "" : address.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchRefused("'" + address + "' is not an address");
        }
        check(uri, true);
        return uri;
    }

    private void check(URI uri) {
        check(uri, false);
        if (properties.allowPrivate()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchRefused("the host " + uri.getHost() + " is not known");
        }
        for (InetAddress resolved : addresses) {
            if (isPrivate(resolved)) {
                throw new FetchRefused(uri.getHost() + " is on a loopback or private network (" + resolved.getHostAddress()
                        + "); such addresses are refused (strikemap.fetch.allow-private)");
            }
        }
    }

    private static void check(URI uri, boolean only) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused("only http and https addresses are fetched, not '" + uri + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
            throw new FetchRefused("'" + uri + "' names no host (or carries a user name)");
        }
    }

    /** Loopback, private (RFC 1918, IPv6 unique local), link-local, shared (100.64/10), multicast or unspecified. */
    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean shared = address instanceof Inet4Address && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        boolean uniqueLocal = !(address instanceof Inet4Address) && (bytes[0] & 0xFE) == 0xFC;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || shared || uniqueLocal;
    }

    private HttpResponse<Path> send(URI uri, Path file, Instant deadline) {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
            throw new FetchRefused("fetching took longer than " + properties.timeout().toSeconds() + " s");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(left))
                .header("User-Agent", "StrikeMap live data").GET().build();
        CompletableFuture<HttpResponse<Path>> answer = http.sendAsync(request, info -> new CappedFile(file, properties.maxBytes()));
        try {
            return answer.get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            delete(file);
            throw new FetchRefused("fetching " + uri + " took longer than " + properties.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            delete(file);
            Throwable cause = e.getCause();
            throw new FetchRefused(cause instanceof FetchRefused refused ? refused.getMessage()
                    : "fetching " + uri + " failed: " + (cause.getMessage() != null ? cause.getMessage() : cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            delete(file);
            throw new FetchRefused("fetching " + uri + " was interrupted");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is the system's to clean.
        }
    }

    /** Writes the body to a file, and fails (cancelling the exchange) once it passes the cap. */
    private static final class CappedFile implements HttpResponse.BodySubscriber<Path> {

        private final Path file;
        private final long cap;
        private final CompletableFuture<Path> body = new CompletableFuture<>();
        private OutputStream out;
        private Flow.Subscription subscription;
        private long written;

        CappedFile(Path file, long cap) {
            this.file = file;
            this.cap = cap;
        }

        @Override
        public java.util.concurrent.CompletionStage<Path> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            try {
                out = Files.newOutputStream(file);
                subscription.request(1);
            } catch (IOException e) {
                fail(new FetchRefused("cannot write the fetched file", e));
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            try {
                for (ByteBuffer buffer : buffers) {
                    written += buffer.remaining();
                    if (written > cap) {
                        fail(new FetchRefused("the answer is larger than " + cap / (1024 * 1024) + " MB, the cap"
                                + " (strikemap.fetch.max-bytes)"));
                        return;
                    }
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    out.write(bytes);
                }
                subscription.request(1);
            } catch (IOException e) {
                fail(new FetchRefused("cannot write the fetched file", e));
            }
        }

        @Override
        public void onError(Throwable error) {
            close();
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            close();
            body.complete(file);
        }

        private void fail(FetchRefused reason) {
            subscription.cancel();
            close();
            body.completeExceptionally(reason);
        }

        private void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException ignored) {
                // Closing after the last byte; a failure here shows when the file is read.
            }
        }
    }
}

package org.strikemap.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Serves one folder on loopback, gzip-compressed like the app's responses, for the benchmark's floor page. */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "application/javascript",
            "css", "text/css", "geojson", "application/json", "png", "image/png");

    private final HttpServer server;

    private StaticServer(HttpServer server) {
        this.server = server;
    }

    static StaticServer serve(Path folder) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(folder, exchange));
        server.start();
        return new StaticServer(server);
    }

    String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
    }

    private static void handle(Path folder, HttpExchange exchange) throws IOException {
        Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean compress = !type.startsWith("image/");
        if (compress) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = compress ? new GZIPOutputStream(exchange.getResponseBody()) : exchange.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

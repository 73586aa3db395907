package org.strikemap.client;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bash src/bin/import FILE --map=SLUG [--format=zip|acled|geojson|csv] [--mapping=FILE] [--preview]}: a thin
 * client of a running server's {@code POST /api/maps/{slug}/imports}, on H2 or PostgreSQL alike. The server is
 * {@code STRIKEMAP_URL} (default http://localhost:8080); the API token is {@code STRIKEMAP_TOKEN}, or the first line
 * of the file {@code STRIKEMAP_TOKEN_FILE} or {@code --token-file=PATH} names (never an argument: others may read
 * those). It prints a line per 10,000 rows read, then what was written into the map's draft; with {@code --preview},
 * what would be, writing nothing. Exit 0: done; 1: the file was refused ({@code file:line: reason} on stderr,
 * nothing written); 2: bad arguments; 3: the server refused or could not be reached. Runs as one source file with
 * only the JDK ({@code java ImportCommand.java …}). Limits: polls the status once every quarter second.
 */
public final class ImportCommand {

    static final String USAGE = "usage: bash src/bin/import FILE --map=SLUG [--format=zip|acled|geojson|csv]"
            + " [--mapping=FILE] [--preview] [--token-file=PATH]";
    private static final int ROWS_PER_LINE = 10_000;

    private ImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
            } else {
                files.add(arg);
            }
        }
        List<String> unknown = options.keySet().stream()
                .filter(name -> !List.of("map", "format", "mapping", "preview", "token-file").contains(name)).toList();
        if (files.size() != 1 || options.getOrDefault("map", "").isBlank() || !unknown.isEmpty()) {
            err.println((unknown.isEmpty() ? "" : "unknown option --" + unknown.getFirst() + "\n") + USAGE);
            return 2;
        }
        Path file = Path.of(files.getFirst());
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 2;
        }
        try {
            String token = token(options.get("token-file"), env);
            String mapping = options.containsKey("mapping") ? Files.readString(Path.of(options.get("mapping"))) : null;
            String base = env.getOrDefault("STRIKEMAP_URL", "http://localhost:8080").replaceAll("/+$", "");
            String slug = options.get("map");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, String> fields = new LinkedHashMap<>();
            if (options.containsKey("format")) {
                fields.put("format", options.get("format"));
            }
            if (mapping != null) {
                fields.put("mapping", mapping);
            }
            fields.put("mode", options.containsKey("preview") ? "preview" : "write");
            String boundary = "strikemap-" + UUID.randomUUID();
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/maps/" + slug + "/imports"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(multipart(boundary, fields, file)).build();
            HttpResponse<String> started = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                return refused(started, file, err);
            }
            String status = base + started.headers().firstValue("Location").orElseThrow();
            long printed = 0;
            while (true) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(status))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return refused(answer, file, err);
                }
                Map<?, ?> job = (Map<?, ?>) Json.parse(answer.body());
                long rows = number(Json.at(job, "progress", "rowsRead"));
                for (long line = (printed / ROWS_PER_LINE + 1) * ROWS_PER_LINE; line <= rows; line += ROWS_PER_LINE) {
                    out.println(String.format("%,d rows read", line));
                    printed = line;
                }
                String state = (String) job.get("state");
                switch (state) {
                    case "DONE" -> {
                        out.println(summary(job, "imported into the draft of " + slug) + "; publish it in the editor");
                        return 0;
                    }
                    case "FAILED" -> {
                        err.println(Json.at(job, "outcome", "error"));
                        return 1;
                    }
                    case "PREVIEWED" -> {
                        if (!options.containsKey("preview")) {
                            Thread.sleep(250);
                            continue;
                        }
                        out.println(summary(job, "would import into the draft of " + slug + " (nothing written)"));
                        details(job, out, err);
                        http.send(HttpRequest.newBuilder(URI.create(status)).header("Authorization", "Bearer " + token)
                                .DELETE().build(), HttpResponse.BodyHandlers.discarding());
                        return ((List<?>) Json.at(job, "preview", "problems")).isEmpty() ? 0 : 1;
                    }
                    default -> Thread.sleep(250);
                }
            }
        } catch (IOException e) {
            err.println("cannot reach the server: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return 3;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        }
    }

    private static String token(String option, Map<String, String> env) throws IOException {
        String file = option != null ? option : env.get("STRIKEMAP_TOKEN_FILE");
        String token = file != null ? Files.readAllLines(Path.of(file)).stream().findFirst().orElse("")
                : env.getOrDefault("STRIKEMAP_TOKEN", "");
        if (token.isBlank()) {
            throw new IllegalStateException("no API token: make one on your account page in the editor, then set"
                    + " STRIKEMAP_TOKEN, or STRIKEMAP_TOKEN_FILE (or --token-file=PATH) to a file holding it");
        }
        return token.strip();
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, Map<String, String> fields, Path file)
            throws IOException {
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
        String name = file.getFileName().toString().replace("\"", "").replace("\r", "").replace("\n", "");
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(name).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        return HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
    }

    private static int refused(HttpResponse<String> answer, Path file, PrintStream err) {
        String message;
        try {
            message = String.valueOf(((Map<?, ?>) Json.parse(answer.body())).get("message"));
        } catch (RuntimeException notJson) {
            message = "the server answered " + answer.statusCode();
        }
        int status = answer.statusCode();
        err.println(status == 413 ? file.getFileName() + ": is larger than the server takes (" + message + ")"
                : (status == 401 || status == 403 ? "refused (" + status + "): " : "") + message);
        return status == 400 || status == 413 ? 1 : 3;
    }

    private static String summary(Map<?, ?> job, String what) {
        Map<?, ?> counts = (Map<?, ?>) Json.at(job, "preview", "counts");
        return String.format("%s: %,d rows read; %,d strikes added, %,d changed, %,d unchanged, %,d removed; %,d new"
                        + " reports, %,d claims", job.get("file") + " " + what, number(counts.get("rows")),
                number(counts.get("added")), number(counts.get("changed")), number(counts.get("unchanged")),
                number(counts.get("removed")), number(counts.get("newSources")), number(counts.get("claims")));
    }

    private static void details(Map<?, ?> job, PrintStream out, PrintStream err) {
        ((List<?>) Json.at(job, "preview", "problems")).forEach(err::println);
        for (Object row : (List<?>) Json.at(job, "preview", "outside")) {
            Map<?, ?> outside = (Map<?, ?>) row;
            out.println(outside.get("at") + ": outside the map's area, left out (" + outside.get("place") + ")");
        }
        for (Object row : (List<?>) Json.at(job, "preview", "duplicates")) {
            Map<?, ?> duplicate = (Map<?, ?>) row;
            out.println(duplicate.get("at") + ": " + duplicate.get("id") + " looks like " + duplicate.get("existing")
                    + " (same day, place and report)");
        }
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** Just enough JSON for the server's answers: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("not JSON: text after the value at " + json.at);
            }
            return value;
        }

        /** The value at a path of object keys, null when a step is missing. */
        static Object at(Object value, String... keys) {
            Object current = value;
            for (String key : keys) {
                current = current instanceof Map<?, ?> map ? map.get(key) : null;
            }
            return current;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw new IllegalArgumentException("not JSON: it ends early");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    at++;
                    space();
                    if (text.charAt(at) == '}') {
                        at++;
                        return object;
                    }
                    do {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        object.put(key, value());
                        space();
                    } while (text.charAt(at++) == ',');
                    return object;
                }
                case '[' -> {
                    List<Object> array = new ArrayList<>();
                    at++;
                    space();
                    if (text.charAt(at) == ']') {
                        at++;
                        return array;
                    }
                    do {
                        array.add(value());
                        space();
                    } while (text.charAt(at++) == ',');
                    return array;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int start = at;
                    while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String word = text.substring(start, at);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Double.valueOf(word);
                    };
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> value.append(escaped);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("not JSON: expected '" + c + "' at " + (at - 1));
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}

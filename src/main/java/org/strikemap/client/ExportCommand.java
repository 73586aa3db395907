package org.strikemap.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code bash src/bin/export --map=SLUG DIR [--version=V]}: writes a map's published version (the one readers see, or
 * {@code V}) into the folder DIR as the files of data/&lt;slug&gt;/ with its outlines under boundaries/, as "Get the
 * data" gives them ({@code GET /api/maps/{slug}/data.zip} of the server {@code STRIKEMAP_URL}, default
 * http://localhost:8080; no token: published data is public). For scripts and cron: files are replaced, others in DIR
 * left alone. Exit 0: written; 2: bad arguments; 3: the server refused or could not be reached. Runs as one source
 * file with only the JDK. Limits: entries with absolute or ".." names are refused, the whole zip at most 512 MB.
 */
public final class ExportCommand {

    static final String USAGE = "usage: bash src/bin/export --map=SLUG DIR [--version=VERSION]";
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private ExportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String slug = null;
        String version = null;
        List<String> folders = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--map=")) {
                slug = arg.substring(6);
            } else if (arg.startsWith("--version=")) {
                version = arg.substring(10);
            } else if (arg.startsWith("--")) {
                err.println("unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                folders.add(arg);
            }
        }
        if (slug == null || slug.isBlank() || !slug.matches("[a-z0-9-]+") || folders.size() != 1
                || (version != null && !version.matches("[0-9a-f]{16}"))) {
            err.println(USAGE);
            return 2;
        }
        Path folder = Path.of(folders.getFirst());
        String base = env.getOrDefault("STRIKEMAP_URL", "http://localhost:8080").replaceAll("/+$", "");
        URI address = URI.create(base + "/api/maps/" + slug + "/data.zip" + (version == null ? "" : "?version=" + version));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Path download = null;
        try {
            HttpResponse<Path> answer = http.send(HttpRequest.newBuilder(address).header("Accept", "application/zip").build(),
                    HttpResponse.BodyHandlers.ofFile(download = Files.createTempFile("strikemap-export", ".zip")));
            if (answer.statusCode() != 200) {
                err.println(address + ": the server answered " + answer.statusCode() + ": " + Files.readString(download));
                return 3;
            }
            if (Files.size(download) > MAX_BYTES) {
                err.println(address + ": the zip is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                return 3;
            }
            int written = unzip(download, folder);
            String shown = answer.headers().firstValue("ETag").map(tag -> tag.replaceAll("^(W/)?\"|-data\\.zip\"$", ""))
                    .orElse(version == null ? "?" : version);
            out.println("wrote " + written + " files of " + slug + " (version " + shown + ") to " + folder);
            return 0;
        } catch (IOException e) {
            err.println("cannot export " + slug + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        } finally {
            if (download != null) {
                try {
                    Files.deleteIfExists(download);
                } catch (IOException ignored) {
                    // A temporary file left behind is the system's to clean.
                }
            }
        }
    }

    /** Writes every file of the zip below {@code folder}; refuses a name that would land outside it. */
    static int unzip(Path zip, Path folder) throws IOException {
        Path root = Files.createDirectories(folder).toRealPath();
        int written = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().startsWith("/") || entry.getName().contains("..")) {
                    throw new IOException("the zip holds an entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                written++;
            }
        }
        return written;
    }
}

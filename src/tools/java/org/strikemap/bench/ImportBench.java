package org.strikemap.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.strikemap.account.Editor;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.download.DataFile;
import org.strikemap.download.DownloadTestSupport;
import org.strikemap.download.MapDownloads;
import org.strikemap.imports.ImportCaps;
import org.strikemap.imports.ImportFile;
import org.strikemap.imports.ImportJob;
import org.strikemap.imports.ImportService;
import org.strikemap.imports.ImportTestSupport;
import org.strikemap.imports.Roles;
import org.strikemap.publish.PublishTestSupport;

/**
 * Issue 19's figures (docs/BENCHMARKS.md): a synthetic ACLED export of N events ({@link SyntheticAcled}) imported into
 * the seed map's draft on an H2 file database as the app keeps it (written at every commit), with the time from the
 * file to the written draft (and the CPU time it took, which a busy machine does not stretch) and the heap's peak use
 * (sampled every 10 ms: the most found live after a collection, and the most in use, garbage included); then the draft published, the map exported
 * ("Get the data": its zip, CSV and GeoJSON, time and size each), and the zip imported into a new map and published:
 * the same content hash or not. Prints a markdown table; progress on stderr.
 * Usage: ImportBench <count> <work folder>
 */
public final class ImportBench {

    private static final String SEED = "north-korean-missiles";
    private static final String COPY = "bench-copy";
    private static final Editor EDITOR = new Editor(101, "Bench editor");
    private static final Editor REVIEWER = new Editor(102, "Bench reviewer");
    /** However busy the machine, a run is measured to its end (the figure says how long it took). */
    private static final java.time.Duration WAIT = java.time.Duration.ofHours(1);

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        Path boundaries = Path.of("data/boundaries");
        Path file = work.resolve("acled-" + count + ".csv");
        if (!Files.exists(file)) {
            progress("writing " + count + " synthetic ACLED events to " + file);
            SyntheticAcled.write(boundaries.resolve("regions/UA.geojson"), file, count, new Random(19));
        }
        Path db = work.resolve("db-" + System.nanoTime());
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:file:" + db.toAbsolutePath()
                + "/strikemap;WRITE_DELAY=0", "sa", "");
        Flyway.configure().dataSource(database).load().migrate();
        Editor admin = new Editor(1, "Bench admin");
        Roles roles = Roles.mocked().grant(EDITOR, SEED, Roles.Role.EDITOR).grant(REVIEWER, SEED, Roles.Role.REVIEWER)
                .grant(REVIEWER, COPY, Roles.Role.REVIEWER).admin(admin);
        PublishTestSupport app = new PublishTestSupport(database, roles.people(), boundaries);
        app.load(Path.of("data"), boundaries);
        ImportService imports = ImportTestSupport.service(database, app, ImportCaps.defaults(), roles.people());
        MapDownloads downloads = DownloadTestSupport.downloads(boundaries);

        Path upload = Files.copy(file, work.resolve("upload.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        HeapPeak heap = HeapPeak.start();
        long cpu = processCpu();
        long started = System.nanoTime();
        String id = imports.start(SEED, new ImportFile(file.getFileName().toString(), upload),
                new ImportService.Request(null, null, ImportService.Mode.WRITE), EDITOR).id();
        ImportJob job = ImportTestSupport.ended(imports, id, EDITOR, WAIT);
        double importSeconds = seconds(started);
        double importCpu = (processCpu() - cpu) / 1e9;
        long peak = heap.stop();
        if (job.state() != ImportJob.State.DONE) {
            throw new IllegalStateException("the import did not finish: " + job.outcome().error());
        }
        progress("imported in " + importSeconds + " s (" + Math.round(importCpu * 10) / 10.0 + " s of CPU): " + job.preview().counts());

        started = System.nanoTime();
        app.publish().publish(SEED, REVIEWER, "bench");
        double publishSeconds = seconds(started);
        LoadedDataset published = app.datasets().find(SEED).orElseThrow();

        StringBuilder exports = new StringBuilder();
        byte[] zip = null;
        for (DataFile kind : DataFile.values()) {
            started = System.nanoTime();
            CountingStream out = kind == DataFile.ZIP ? new CountingStream(new ByteArrayOutputStream()) : new CountingStream(null);
            downloads.write(published, kind, out);
            exports.append(String.format(Locale.ROOT, "| export %s | %.2f s | %.1f MB |%n", kind.fileName(), seconds(started),
                    out.count.get() / 1048576.0));
            if (kind == DataFile.ZIP) {
                zip = ((ByteArrayOutputStream) out.target).toByteArray();
            }
        }
        Path zipped = Files.write(work.resolve("export.zip"), zip);
        job = ImportTestSupport.ended(imports, imports.start(COPY, new ImportFile("data.zip", zipped),
                new ImportService.Request(null, null, ImportService.Mode.WRITE), admin).id(), admin, WAIT);
        app.publish().publish(COPY, REVIEWER, "round trip");
        boolean same = app.datasets().find(COPY).orElseThrow().hash().equals(published.hash());

        System.out.printf(Locale.ROOT, "| what | time | size |%n|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| import %,d ACLED rows into the draft (read, plan, write) | %.1f s (%.1f s of CPU)"
                + " | heap: %d MB live at most (after a collection), %d MB in use at most |%n", count, importSeconds,
                importCpu, heap.live() / 1048576, peak / 1048576);
        System.out.printf(Locale.ROOT, "| publish the draft (%,d strikes) | %.1f s | |%n", published.strikes().all().size(),
                publishSeconds);
        System.out.print(exports);
        System.out.printf(Locale.ROOT, "| round trip: export, import into a new map, publish | %s | same content hash: %s |%n",
                job.state(), same ? "yes" : "no");
        // The account module's one-time-token cleaner (Spring Security's) runs on a thread that is not a daemon: without
        // this the JVM would stay up after the table.
        System.exit(0);
    }

    /** CPU time of every thread of this JVM (the collector's too), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long started) {
        return Math.round((System.nanoTime() - started) / 1e7) / 100.0;
    }

    private static void progress(String message) {
        System.err.println("[bench-import] " + message);
    }

    /** Counts the bytes written; keeps them only when given a target. */
    private static final class CountingStream extends OutputStream {

        final OutputStream target;
        final AtomicLong count = new AtomicLong();

        CountingStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            count.incrementAndGet();
            if (target != null) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            count.addAndGet(length);
            if (target != null) {
                target.write(bytes, offset, length);
            }
        }
    }

    /** The most heap in use seen while it runs, sampled every 10 ms. */
    private static final class HeapPeak {

        private final Thread sampler;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();
        private volatile boolean running = true;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    long afterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                            .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
                    live.accumulateAndGet(afterCollection, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
        }

        static HeapPeak start() {
            System.gc();
            HeapPeak heap = new HeapPeak();
            heap.sampler.start();
            return heap;
        }

        long live() {
            return live.get();
        }

        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            return peak.get();
        }
    }
}

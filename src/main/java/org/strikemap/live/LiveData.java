package org.strikemap.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.dataset.MapStore;
import org.strikemap.imports.ColumnMapping;
import org.strikemap.imports.ImportFile;
import org.strikemap.imports.ImportFormat;
import org.strikemap.imports.ImportJob;
import org.strikemap.imports.ImportScope;
import org.strikemap.imports.ImportService;
import org.strikemap.publish.PublishService;

/**
 * The live data maps follow: set up by an editor of the map (publishing at once needs a reviewer), fetched when due
 * ({@code strikemap.fetch.check}, every minute, looks), imported as the person who set it up into the map's draft as
 * {@code live-…} strikes, the latest fetch being all of them (rows gone from the source are removed); unchanged bytes
 * are not imported again. A plain CSV is read with the mapping given, or else the one saved with the map for its
 * columns (import the sheet once by hand first). Rights are asked again at every fetch: the person who set it up must
 * still edit the map, or nothing is imported. A map that publishes directly publishes the change, but only when its
 * draft held nothing unpublished before (never someone's half-done edit) and that person is still its reviewer:
 * otherwise the change waits in the draft. Every fetch's outcome is kept for the editor to see.
 */
@Service
public class LiveData {

    private static final Logger log = LoggerFactory.getLogger(LiveData.class);
    public static final int MAX_MINUTES = 7 * 24 * 60;

    private final LiveFeedStore feeds;
    private final SafeFetch fetch;
    private final ImportService imports;
    private final PublishService publish;
    private final MapStore store;
    private final People people;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    LiveData(LiveFeedStore feeds, FetchProperties properties, ImportService imports, PublishService publish,
             MapStore store, People people, AuditLog audit) {
        this.feeds = feeds;
        this.fetch = new SafeFetch(properties);
        this.imports = imports;
        this.publish = publish;
        this.store = store;
        this.people = people;
        this.audit = audit;
    }

    /** The feed {@code slug} follows, with its last fetch. */
    public Optional<LiveFeed> feed(String slug) {
        return feeds.find(slug);
    }

    /** Makes {@code slug} follow an address (replacing what it followed); checked before anything is stored. */
    public LiveFeed follow(String slug, LiveFeed.Address address, LiveFeed.Schedule schedule, Editor who) {
        int map = editable(slug, who);
        if (schedule.publishDirectly() && !people.canReview(who, slug)) {
            throw new NotAllowed("only a reviewer of " + slug + " lets its live data be published at once");
        }
        SafeFetch.parse(address.url());
        if (address.url().length() > 2000) {
            throw new FetchRefused("the address is longer than 2000 characters");
        }
        if (address.format() == ImportFormat.MAP_ZIP) {
            throw new FetchRefused("live data is a CSV or GeoJSON address, not a map's zip");
        }
        if (schedule.everyMinutes() < 1 || schedule.everyMinutes() > MAX_MINUTES) {
            throw new FetchRefused("fetch every 1 to " + MAX_MINUTES + " minutes");
        }
        LiveFeed feed = new LiveFeed(slug, address, schedule, who, null);
        feeds.save(map, feed);
        audit.record("live data", who, slug + " follows " + address.url() + " every " + schedule.everyMinutes()
                + " minutes" + (schedule.publishDirectly() ? ", published at once" : ", as a draft"));
        return feed;
    }

    public void stop(String slug, Editor who) {
        feeds.delete(editable(slug, who));
        audit.record("live data", who, slug + " follows no address");
    }

    /** Fetches {@code slug}'s live data now (the editor's button), whatever its schedule; the feed afterwards. */
    public LiveFeed fetchNow(String slug, Editor who) {
        int map = editable(slug, who);
        LiveFeed feed = feeds.find(slug).orElseThrow(() -> new FetchRefused(slug + " follows no address"));
        Instant now = clock.instant();
        if (feeds.claim(map, now, now)) {
            fetch(map, feed);
        }
        return feeds.find(slug).orElseThrow();
    }

    /** Fetches every feed that is due, one after the other. */
    @Scheduled(fixedDelayString = "${strikemap.fetch.check:60s}", initialDelayString = "${strikemap.fetch.check:60s}")
    public void fetchDue() {
        for (LiveFeed feed : feeds.all()) {
            Instant now = clock.instant();
            Optional<Integer> map = store.map(feed.slug()).map(MapStore.StoredMap::id);
            if (map.isPresent() && feeds.claim(map.get(), now.minus(Duration.ofMinutes(feed.schedule().everyMinutes())), now)) {
                fetch(map.get(), feed);
            }
        }
    }

    private void fetch(int map, LiveFeed feed) {
        Instant at = clock.instant();
        String url = feed.address().url();
        SafeFetch.Fetched fetched;
        try {
            fetched = fetch.fetch(url);
        } catch (FetchRefused refused) {
            feeds.record(map, at, LiveFeed.Outcome.FAILED, refused.getMessage(), null);
            return;
        }
        try {
            String hash = sha256(fetched);
            if (feeds.contentHash(map).filter(hash::equals).isPresent()) {
                Files.deleteIfExists(fetched.file());
                feeds.record(map, at, LiveFeed.Outcome.UNCHANGED, "the same as the fetch before", hash);
                return;
            }
            boolean draftWasClean = publish.changes(feed.slug()).isEmpty();
            String name = fileName(fetched);
            ImportJob job = imports.runNow(feed.slug(), new ImportFile(name, fetched.file()),
                    new ImportService.Request(feed.address().format(), mapping(feed), ImportService.Mode.WRITE,
                            ImportScope.LIVE), feed.setBy());
            if (job.state() != ImportJob.State.DONE) {
                feeds.record(map, at, LiveFeed.Outcome.FAILED, job.outcome().error(), null);
                return;
            }
            var counts = job.preview().counts();
            String what = counts.added() + " added, " + counts.changed() + " changed, " + counts.removed() + " removed";
            if (job.outcome().written() == 0) {
                feeds.record(map, at, LiveFeed.Outcome.UNCHANGED, "no strike changed", hash);
            } else if (feed.schedule().publishDirectly() && draftWasClean && people.canReview(feed.setBy(), feed.slug())) {
                String version = publish.write(feed.slug(), feed.setBy(), "live data: " + url).version();
                audit.record("publication", feed.setBy(), feed.slug() + " version " + version + ": live data " + url);
                feeds.record(map, at, LiveFeed.Outcome.PUBLISHED, what + "; published as version " + version, hash);
            } else {
                feeds.record(map, at, LiveFeed.Outcome.DRAFTED, what + (!feed.schedule().publishDirectly()
                        ? "; in the draft, for a reviewer to publish"
                        : !draftWasClean ? "; not published: the draft held changes not yet published, for a reviewer to publish"
                        : "; not published: " + feed.setBy().name() + " is no longer a reviewer of " + feed.slug()
                                + ", so a reviewer publishes it"), hash);
            }
        } catch (IOException | RuntimeException failed) {
            log.warn("Live data of {} from {} failed", feed.slug(), url, failed);
            feeds.record(map, at, LiveFeed.Outcome.FAILED, failed instanceof NotAllowed ? failed.getMessage()
                    : "the fetched file could not be imported: " + failed.getMessage(), null);
        }
    }

    private ColumnMapping mapping(LiveFeed feed) {
        return feed.address().mapping();
    }

    private int editable(String slug, Editor who) {
        if (who == null || !people.canEdit(who, slug)) {
            throw new NotAllowed((who == null ? "nobody" : who.name()) + " may not edit " + slug);
        }
        return store.map(slug).orElseThrow(() -> new FetchRefused("there is no map " + slug)).id();
    }

    private static String fileName(SafeFetch.Fetched fetched) {
        String path = fetched.address().getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? fetched.address().getHost() : last;
    }

    private static String sha256(SafeFetch.Fetched fetched) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(fetched.file()), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

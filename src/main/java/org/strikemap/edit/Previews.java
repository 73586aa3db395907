package org.strikemap.edit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.draft.DraftService;

/**
 * A map's draft as readers would see it ({@code DraftService.preview}), for the preview's page, its fixed words and
 * its layers: one preview page asks for it a dozen times within a second, so the last one per map is kept for a
 * few seconds and looked up by its version. Every look-up checks that the signed-in person may edit the map.
 */
@Component
class Previews {

    /** How long one preview serves its page's requests before the draft is read again. */
    static final Duration FRESH = Duration.ofSeconds(10);

    private record Kept(LoadedDataset map, Instant at) {
    }

    private final People people;
    private final DraftService drafts;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    // Lazy: built at start, these reach the services only when a preview is asked for.
    Previews(@Lazy People people, @Lazy DraftService drafts) {
        this.people = people;
        this.drafts = drafts;
    }

    /** The preview of {@code slug} for the signed-in person; NotAllowed when nobody is or they may not edit it. */
    LoadedDataset of(String slug) {
        Editor who = allowed(slug);
        Kept last = kept.get(slug);
        if (last != null && last.at().plus(FRESH).isAfter(Instant.now())) {
            return last.map();
        }
        LoadedDataset map = drafts.preview(slug, who);
        kept.put(slug, new Kept(map, Instant.now()));
        return map;
    }

    /** The preview of {@code slug} whose version is {@code version}, if it is still the one kept or the current one. */
    Optional<LoadedDataset> of(String slug, String version) {
        Kept last = kept.get(slug);
        if (last != null && last.map().version().equals(version)) {
            allowed(slug);
            return Optional.of(last.map());
        }
        LoadedDataset current = of(slug);
        return current.version().equals(version) ? Optional.of(current) : Optional.empty();
    }

    private Editor allowed(String slug) {
        Editor who = people.current().orElseThrow(() -> new NotAllowed("nobody is signed in"));
        if (!people.canEdit(who, slug)) {
            throw new NotAllowed(who.name() + " may not edit the map " + slug);
        }
        return who;
    }
}

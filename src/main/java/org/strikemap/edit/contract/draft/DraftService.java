package org.strikemap.edit.contract.draft;

import java.util.List;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.edit.contract.account.Editor;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * Stand-in for draft.DraftService: a map's working copy. Each save checks the expected revision (throwing
 * {@link EditConflict}) and returns the new one; a record the rules refuse throws IllegalArgumentException with the
 * reason; a person without the right throws NotAllowed.
 */
public interface DraftService {

    /** Maps the person may edit, with draft and published state. */
    List<MapSummary> maps(Editor who);

    /** NotAllowed unless canEdit. */
    Draft open(String slug, Editor who);

    long save(String slug, Strike strike, long expectedRevision, Editor who, String why);

    long save(String slug, Claim claim, long expectedRevision, Editor who, String why);

    long save(String slug, Source source, long expectedRevision, Editor who, String why);

    long save(String slug, LaunchSite site, long expectedRevision, Editor who, String why);

    long save(String slug, Ring ring, long expectedRevision, Editor who, String why);

    long save(String slug, DatasetDescription words, long expectedRevision, Editor who, String why);

    void delete(String slug, RecordKey key, long expectedRevision, Editor who, String why);

    /** The new map's slug; its creator becomes its reviewer. */
    String create(NewMap map, Editor who);

    void archive(String slug, Editor who);

    void unarchive(String slug, Editor who);

    List<Change> changesSinceVersion(String slug);

    /** The draft exactly as readers would see it. */
    LoadedDataset preview(String slug, Editor who);

    /** Beyond the contract: the countries (ISO 3166-1 alpha-2) whose regions the boundary library holds, for a new map's area. */
    List<String> areaCountries();
}

package org.strikemap.dataset;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.strikemap.basemap.BaseMapService;
import org.strikemap.launch.LaunchService;
import org.strikemap.region.RegionService;
import org.strikemap.source.SourceService;
import org.strikemap.source.Sources;
import org.strikemap.strike.StrikeService;

/**
 * Holds the one {@link LoadedDataset} every request and view reads. {@link #reload()} builds a new one from the
 * database after a load commits and swaps it in atomically; {@link #current()} never touches the database.
 */
@Service
public class Datasets {

    private final DescriptionRepository descriptions;
    private final SourceService sources;
    private final StrikeService strikes;
    private final RegionService regions;
    private final LaunchService launch;
    private final BaseMapService baseMap;
    private final AtomicReference<LoadedDataset> current = new AtomicReference<>();

    Datasets(DescriptionRepository descriptions, SourceService sources, StrikeService strikes, RegionService regions,
             LaunchService launch, BaseMapService baseMap) {
        this.descriptions = descriptions;
        this.sources = sources;
        this.strikes = strikes;
        this.regions = regions;
        this.launch = launch;
        this.baseMap = baseMap;
    }

    /** The dataset of the last load; throws {@link IllegalStateException} before the first one. */
    public LoadedDataset current() {
        LoadedDataset dataset = current.get();
        if (dataset == null) {
            throw new IllegalStateException("no dataset has been loaded yet");
        }
        return dataset;
    }

    /** Reads what the last load committed (one read per table, one snapshot of the database) and makes it current. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LoadedDataset reload() {
        Sources read = sources.read();
        LoadedDataset dataset = new LoadedDataset(descriptions.contentHash(), DatasetDescription.of(descriptions.texts()),
                read, strikes.read(read), regions.read(), launch.read(), baseMap.read());
        current.set(dataset);
        return dataset;
    }
}

package org.strikemap.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.source.Citation;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;
import org.strikemap.testing.TestDatabase;

/**
 * Test only: gives the app {@link FakeNewsroom} as its account, draft and publish services (until the real ones
 * land), and the seed map as a draft whose reports carry a stored text: the seed report's own (../shared/seeds) when
 * it is there, else the quotes that cite the report, one after another, so every quote of the files is found.
 */
@TestConfiguration
class FakeNewsroomConfig {

    @Bean
    FakeNewsroom fakeNewsroom() {
        return new FakeNewsroom();
    }

    /** The seed map as stored by the app, each report given its text. */
    static LoadedDataset seedWithTexts(LoadedDataset map) {
        Path seeds = Path.of(System.getProperty("strikemap.seeds", "../shared/seeds"));
        Sources sources = map.sources();
        List<Source> withTexts = sources.all().stream().map(source -> new Source(source.id(), source.file(), source.outlet(),
                source.headline(), source.dateAsGiven(), source.note(), source.url(), textOf(source, map, seeds))).toList();
        return new LoadedDataset(map.slug(), map.hash(), map.description(),
                Sources.of(withTexts, sources.claims(), map.strikes().reportedFrom(), map.strikes().reportedTo()),
                map.strikes(), map.regions(), map.launch(), map.baseMap());
    }

    private static String textOf(Source source, LoadedDataset map, Path seeds) {
        Path seed = seeds.resolve(source.file());
        try {
            if (Files.isRegularFile(seed)) {
                return Files.readString(seed);
            }
        } catch (java.io.IOException unreadable) {
            // then the quotes stand in for the text
        }
        return java.util.stream.Stream.of(map.strikes().all().stream().map(strike -> strike.citation()),
                        map.sources().claims().stream().map(claim -> claim.citation()),
                        map.launch().sites().stream().map(site -> site.citation()),
                        map.launch().rings().stream().map(ring -> ring.citation()))
                .flatMap(citations -> citations).filter(citation -> source.id().equals(citation.sourceId()))
                .map(Citation::quote).distinct().collect(Collectors.joining("\n\n"));
    }

    static String seedSlug() {
        return TestDatabase.SEED_SLUG;
    }
}

package org.strikemap.edit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.Draft;
import org.strikemap.draft.DraftService;
import org.strikemap.source.Citation;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;

/**
 * Test only: what the editor's tests add to the app until the draft stores a report's text: {@link #storeTexts} to
 * give each report of a draft its text (the
 * seed report's own from ../shared/seeds when it is there, else the quotes that cite it, one after another, so every
 * quote of the files is found), as the draft service will once it stores them. Everything else is the real draft
 * and publish services on the seed map.
 */
final class EditorTestSetup {

    private EditorTestSetup() {
    }

    /** Makes the spied draft service's drafts carry their reports' texts. */
    static void storeTexts(DraftService spied) {
        doAnswer(invocation -> {
            Draft draft = (Draft) invocation.callRealMethod();
            return new Draft(draft.slug(), withTexts(draft.content()), draft.revisions(), draft.archived());
        }).when(spied).open(any(), any());
        doAnswer(invocation -> withTexts((LoadedDataset) invocation.callRealMethod())).when(spied).preview(any(), any());
    }

    static LoadedDataset withTexts(LoadedDataset map) {
        Path seeds = Path.of(System.getProperty("strikemap.seeds", "../shared/seeds"));
        Sources sources = map.sources();
        List<Source> withTexts = sources.all().stream().map(source -> new Source(source.id(), source.file(), source.outlet(),
                source.headline(), source.dateAsGiven(), source.note(), source.url(),
                source.text() != null ? source.text() : textOf(source, map, seeds))).toList();
        return new LoadedDataset(map.slug(), map.hash(), map.description(),
                Sources.of(withTexts, sources.claims(), map.strikes().reportedFrom(), map.strikes().reportedTo()),
                map.strikes(), map.regions(), map.launch(), map.baseMap());
    }

    private static String textOf(Source source, LoadedDataset map, Path seeds) {
        Path seed = source.file() == null ? null : seeds.resolve(source.file());
        try {
            if (seed != null && Files.isRegularFile(seed)) {
                return Files.readString(seed);
            }
        } catch (IOException unreadable) {
            // then the quotes stand in for the text
        }
        return Stream.of(map.strikes().all().stream().map(strike -> strike.citation()),
                        map.sources().claims().stream().map(claim -> claim.citation()),
                        map.launch().sites().stream().map(site -> site.citation()),
                        map.launch().rings().stream().map(ring -> ring.citation()))
                .flatMap(citations -> citations).filter(citation -> source.id().equals(citation.sourceId()))
                .map(Citation::quote).distinct().collect(Collectors.joining("\n\n"));
    }
}

package org.strikemap.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.map.Layer;

/**
 * The {@code /api/*} GeoJSON answers, written and gzipped once per map version and question (an endpoint with its
 * window), so an API reader, like a layer reader, costs copying bytes: under a flood of page requests the API keeps
 * answering in the little CPU left. A new dataset starts afresh. Limits: at most {@link #BUDGET} bytes kept per
 * map (windows of dates are many, and a big dataset's answers are large); past that, answers are written per
 * request.
 */
@Component
class GeoJsonAnswers {

    static final long BUDGET = 32L << 20;

    private record Kept(LoadedDataset dataset, Map<String, GeoJsonResponses.Written> answers, AtomicLong bytes) {
        Kept(LoadedDataset dataset) {
            this(dataset, new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    /** By map slug: each map's answers, replaced when the map is loaded anew. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The answer to {@code question} about {@code dataset}, gzipped when {@code encodings} accepts it. */
    ResponseEntity<byte[]> answer(LoadedDataset dataset, String question, Layer layer, String encodings,
                                  Supplier<List<GeoFeature>> features) {
        Kept now = kept.compute(dataset.slug(), (slug, old) -> old != null && old.dataset() == dataset ? old
                : new Kept(dataset));
        GeoJsonResponses.Written answer = now.answers().get(question);
        if (answer == null) {
            answer = GeoJsonResponses.write(features.get(), layer);
            long size = answer.plain().length + answer.gzipped().length;
            if (now.bytes().addAndGet(size) <= BUDGET) {
                now.answers().putIfAbsent(question, answer);
            } else {
                now.bytes().addAndGet(-size);
            }
        }
        return GeoJsonResponses.of(answer, encodings, ResponseEntity.ok());
    }
}

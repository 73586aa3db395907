package org.strikemap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.map.Layer;

/** An API answer is written once per dataset and question, and served plain or gzipped from those bytes. */
class GeoJsonAnswersTest {

    private final AtomicInteger written = new AtomicInteger();
    private final Supplier<List<GeoFeature>> features = () -> {
        written.incrementAndGet();
        return List.of();
    };

    @Test
    void aQuestionIsWrittenOncePerDataset() throws Exception {
        GeoJsonAnswers answers = new GeoJsonAnswers();
        LoadedDataset first = mock(LoadedDataset.class);
        LoadedDataset second = mock(LoadedDataset.class);
        when(first.slug()).thenReturn("a-map");
        when(second.slug()).thenReturn("a-map");

        ResponseEntity<byte[]> plain = answers.answer(first, "strikes", Layer.STRIKES, null, features);
        ResponseEntity<byte[]> again = answers.answer(first, "strikes", Layer.STRIKES, "br, gzip", features);
        assertEquals(1, written.get());
        assertNull(plain.getHeaders().getFirst("Content-Encoding"));
        assertEquals("gzip", again.getHeaders().getFirst("Content-Encoding"));
        assertArrayEquals(plain.getBody(), new GZIPInputStream(new ByteArrayInputStream(again.getBody())).readAllBytes());
        assertSame(plain.getBody(), answers.answer(first, "strikes", Layer.STRIKES, "identity", features).getBody());

        answers.answer(first, "strikes 2024-01", Layer.STRIKES, null, features);
        assertEquals(2, written.get(), "another question is another answer");
        answers.answer(second, "strikes", Layer.STRIKES, null, features);
        assertEquals(3, written.get(), "another dataset is written afresh");
    }
}

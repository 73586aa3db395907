package org.strikemap.picture;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The last {@link #CAPACITY} pictures drawn, by dataset hash and normalised parameters, least recently used first
 * out. A new load changes the hash, so an old picture is never served for new data; it just ages out.
 * Limits: one JVM's memory (about 150 KB a picture); two readers asking for the same new picture at once may both
 * draw it.
 */
@Component
class PictureCache {

    static final int CAPACITY = 64;

    /** What a picture depends on: the data and the normalised request. */
    record Key(String datasetHash, LocalDate day, String strikeId, int width) {
    }

    private final Map<Key, byte[]> pictures = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The cached bytes for {@code key}, drawn by {@code draw} (outside the lock) when missing. */
    byte[] get(Key key, Supplier<byte[]> draw) {
        synchronized (pictures) {
            byte[] cached = pictures.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] drawn = draw.get();
        synchronized (pictures) {
            pictures.putIfAbsent(key, drawn);
            return pictures.get(key);
        }
    }

    int size() {
        synchronized (pictures) {
            return pictures.size();
        }
    }
}

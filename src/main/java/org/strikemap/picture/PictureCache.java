package org.strikemap.picture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The last {@link #CAPACITY} pictures drawn, by dataset hash and normalised parameters, least recently used first
 * out. A new load changes the hash, so an old picture is never served for new data; it just ages out.
 * Drawing is CPU and memory heavy (a few hundred ms and up to ~15 MB of pixels at the widest), and the parameters
 * have many values, so at most {@link #DRAWING_AT_ONCE} pictures are drawn at once; other misses wait their turn.
 * Limits: one JVM's memory (150–450 KB a picture, so under 30 MB in all); two readers asking for the same new picture
 * at once may both draw it.
 */
@Component
class PictureCache {

    static final int CAPACITY = 64;
    static final int DRAWING_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    /** What a picture depends on: the data and the normalised request. */
    record Key(String datasetHash, String time, String strikeId, int width) {
    }

    private final Semaphore drawing = new Semaphore(DRAWING_AT_ONCE, true);
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
        byte[] drawn;
        drawing.acquireUninterruptibly();
        try {
            drawn = draw.get();
        } finally {
            drawing.release();
        }
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

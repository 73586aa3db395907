package org.strikemap.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The last few values read, by key, each read once however many ask for it at the same time. A read runs outside any
 * lock: reads of different keys run side by side, and those asking for a key being read wait for that read alone.
 * Limits: for keys that name something immutable (a published version's row), so a value kept is never stale; a read
 * that fails is not kept (the next to ask reads again; those waiting on it get its failure).
 */
final class KeptReads<K, V> {

    private final Map<K, CompletableFuture<V>> kept;

    /** Keeps the {@code size} values asked for last. */
    KeptReads(int size) {
        this.kept = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > size;
            }
        };
    }

    /** The value of {@code key}: the one kept, the one being read, or {@code read}'s, read now in this thread. */
    V get(K key, Function<K, V> read) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> known;
        synchronized (kept) {
            known = kept.putIfAbsent(key, mine);
        }
        if (known != null) {
            return join(known);
        }
        try {
            V value = read.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (kept) {
                kept.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The value of {@code key} if one is kept, read already (a read under way is not waited for). */
    Optional<V> ifKept(K key) {
        CompletableFuture<V> known;
        synchronized (kept) {
            known = kept.get(key);
        }
        return known != null && known.isDone() && !known.isCompletedExceptionally()
                ? Optional.of(known.join()) : Optional.empty();
    }

    private static <V> V join(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}

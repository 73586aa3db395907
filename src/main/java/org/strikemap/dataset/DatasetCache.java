package org.strikemap.dataset;

import java.util.function.Supplier;

/**
 * A value derived from the loaded dataset, rebuilt on first use after the dataset changes. Thread-safe; limits: every
 * {@link #get()} reads the {@link DatasetVersion}, and callers racing a change may each build (the last one is kept).
 */
public final class DatasetCache<T> {

    private record Entry<T>(String version, T value) {
    }

    private final DatasetVersion version;
    private final Supplier<T> builder;
    private volatile Entry<T> entry;

    /** {@code builder} reads the data and derives the value; it is called lazily, never from this constructor. */
    public DatasetCache(DatasetVersion version, Supplier<T> builder) {
        this.version = version;
        this.builder = builder;
    }

    public T get() {
        // Read the version before the data: if a load commits in between, the next call sees a new version and rebuilds.
        String current = version.current();
        Entry<T> cached = entry;
        if (cached == null || !cached.version().equals(current)) {
            cached = new Entry<>(current, builder.get());
            entry = cached;
        }
        return cached.value();
    }
}

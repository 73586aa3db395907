package org.strikemap.ops;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bucket4j token buckets per client address and budget ({@link RateLimitProperties.Cost}), for at most {@code maxClients} addresses: the
 * least recently seen address is forgotten first (it starts again with full buckets, which is the generous side to
 * err on). A budget's bucket is made the first time an address spends from it. Limits: one lock around the map; a bucket
 * is tiny and the lookup short, so it is not the bottleneck at the rates it guards.
 */
final class ClientBuckets {

    private final RateLimitProperties limits;
    private final Map<String, Map<RateLimitProperties.Cost, Bucket>> buckets;

    ClientBuckets(RateLimitProperties limits) {
        this.limits = limits;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<RateLimitProperties.Cost, Bucket>> eldest) {
                return size() > limits.maxClients();
            }
        };
    }

    /** The bucket {@code address} takes from for {@code cost}. */
    Bucket of(String address, RateLimitProperties.Cost cost) {
        RateLimitProperties.Budget budget = limits.budget(cost);
        synchronized (buckets) {
            return buckets.computeIfAbsent(address, key -> new EnumMap<>(RateLimitProperties.Cost.class)).computeIfAbsent(
                    cost, key -> Bucket.builder().addLimit(limit -> limit.capacity(budget.burst())
                            .refillGreedy(budget.perMinute(), Duration.ofMinutes(1))).build());
        }
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}

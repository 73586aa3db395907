package org.strikemap.ops;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Bucket4j token bucket per client address, at most {@code maxClients} of them: the least recently seen
 * address is forgotten first (it starts again with a full bucket, which is the generous side to err on). Limits: one
 * lock around the map; a bucket is tiny and the lookup short, so it is not the bottleneck at the rates it guards.
 */
final class ClientBuckets {

    private final RateLimitProperties limits;
    private final Map<String, Bucket> buckets;

    ClientBuckets(RateLimitProperties limits) {
        this.limits = limits;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > limits.maxClients();
            }
        };
    }

    Bucket of(String address) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(address, key -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(limits.burst()).refillGreedy(limits.perMinute(), Duration.ofMinutes(1)))
                    .build());
        }
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}

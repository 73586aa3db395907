package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link KeptReads}: each key read once while kept, the eldest asked for let go, and reads never queued on one lock. */
class KeptReadsTest {

    private final List<String> reads = new ArrayList<>();
    /** Two threads of their own, whatever the common pool has on this machine. */
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private String read(String key) {
        synchronized (reads) {
            reads.add(key);
        }
        return key.toUpperCase();
    }

    @Test
    void aKeptValueIsNotReadAgainAndTheOneAskedForLeastRecentlyIsLetGo() {
        KeptReads<String, String> kept = new KeptReads<>(2);

        assertThat(kept.get("a", this::read)).isEqualTo("A");
        assertThat(kept.get("b", this::read)).isEqualTo("B");
        assertThat(kept.get("a", this::read)).isEqualTo("A");
        assertThat(kept.get("c", this::read)).as("b was asked for least recently").isEqualTo("C");
        assertThat(kept.ifKept("a")).contains("A");
        assertThat(kept.ifKept("b")).isEmpty();
        assertThat(kept.get("b", this::read)).isEqualTo("B");

        assertThat(reads).containsExactly("a", "b", "c", "b");
    }

    @Test
    void aFailedReadIsNotKept() {
        KeptReads<String, String> kept = new KeptReads<>(2);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> kept.get("a", key -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("unreadable " + key);
        })).isInstanceOf(IllegalStateException.class).hasMessage("unreadable a");
        assertThat(kept.ifKept("a")).isEmpty();
        assertThat(kept.get("a", this::read)).isEqualTo("A");

        assertThat(attempts).hasValue(1);
        assertThat(reads).containsExactly("a");
    }

    @Test
    void readsOfDifferentKeysRunSideBySide() throws Exception {
        KeptReads<String, String> kept = new KeptReads<>(2);
        CountDownLatch bStarted = new CountDownLatch(1);
        // a's read finishes only once b's has started: were reads queued on one lock, b could never start.
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> kept.get("a", key -> {
            try {
                return bStarted.await(60, TimeUnit.SECONDS) ? read(key) : "b never started";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }), threads);
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> kept.get("b", key -> {
            bStarted.countDown();
            return read(key);
        }), threads);

        assertThat(a.get()).isEqualTo("A");
        assertThat(b.get()).isEqualTo("B");
        assertThat(reads).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void thoseAskingForAKeyBeingReadWaitForThatOneRead() throws Exception {
        KeptReads<String, String> kept = new KeptReads<>(2);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> kept.get("a", key -> {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read(key);
        }), threads);
        reading.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.get("a", this::read), threads);
        assertThat(kept.ifKept("a")).as("a read under way is not kept yet").isEmpty();
        release.countDown();

        assertThat(first.get()).isEqualTo("A");
        assertThat(second.get()).isEqualTo("A");
        assertThat(reads).containsExactly("a");
    }
}

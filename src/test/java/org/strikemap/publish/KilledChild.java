package org.strikemap.publish;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child JVM (a class with a main on the test class path) and kills it with SIGKILL a while after it printed its
 * first line starting with {@code progress} (so a busy machine, which starts and runs the child slowly, still kills
 * it at work and not before it confirmed anything): no shutdown hook runs and H2 is not closed, as when a machine loses power. Returns what the child had
 * printed at the moment of the kill, which is what it confirmed.
 */
final class KilledChild {

    private KilledChild() {
    }

    static List<String> runAndKill(Class<?> main, String progress, long delayMillis, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch started = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(progress)) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // Killing the child closes its output: the end of what there is to read.
            }
        });
        if (!started.await(180, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the child never printed " + progress + ": " + output);
        }
        Thread.sleep(delayMillis);
        List<String> said;
        synchronized (output) {
            child.destroyForcibly();
            said = new ArrayList<>(output);
        }
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return said;
    }
}

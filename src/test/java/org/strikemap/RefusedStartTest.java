package org.strikemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.ingest.TestDatabase;

/**
 * A refused start, as an operator sees it (issue 16): {@code java … StrikeMapApplication} with a bad data file or a
 * bad setting prints one line saying why and exits with status 1, with no stack trace; {@code --debug} brings
 * Spring's stack trace back. Each case is a child JVM.
 */
class RefusedStartTest {

    @TempDir
    Path temp;

    record Run(int status, String output) {
    }

    @Test
    void aBadDataFileIsOneLineAndStatusOne() throws Exception {
        Path data = TestDatabase.copyFixture(temp);
        TestDatabase.edit(data, "strikes.csv", "2024-01-02,2024-01-02,day", "2024-13-01,2024-01-02,day");
        Run run = start(data, "--strikemap.db-dir=" + temp.resolve("db"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(refusals(run)).containsExactly(
                "StrikeMap did not start: data/strikes.csv:2: date_from 2024-13-01 is not a date (yyyy-mm-dd)");
        assertThat(run.output()).doesNotContain("\tat ", "Application run failed", "Exception");

        Run debug = start(data, "--strikemap.db-dir=" + temp.resolve("db"), "--debug");
        assertThat(debug.status()).isEqualTo(1);
        assertThat(debug.output()).contains("\tat ").contains("data/strikes.csv:2:");
    }

    @Test
    void aBadSettingIsOneLineAndStatusOne() throws Exception {
        Path data = TestDatabase.copyFixture(temp);
        Run run = start(data, "--strikemap.db-dir=" + temp.resolve("db"), "--strikemap.public-url=maps.example.org");
        assertThat(run.status()).isEqualTo(1);
        assertThat(refusals(run)).singleElement().asString().startsWith(
                "StrikeMap did not start: strikemap.public-url: 'maps.example.org' is not an absolute http(s) address");
        assertThat(run.output()).doesNotContain("\tat ", "Application run failed");
    }

    private static List<String> refusals(Run run) {
        return run.output().lines().filter(line -> line.contains("did not start")).toList();
    }

    private Run start(Path data, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StrikeMapApplication.class.getName(), "--strikemap.data-dir=" + data, "--server.port=0",
                "--vaadin.productionMode=true", "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(temp, "start", ".log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the refused start did not end: " + Files.readString(output));
        }
        return new Run(child.exitValue(), Files.readString(output));
    }
}

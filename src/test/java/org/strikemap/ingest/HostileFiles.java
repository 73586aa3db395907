package org.strikemap.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Test support for {@link HostileDataFilesTest}: ways to spoil a copy of the fixture dataset. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** What a case does to the data folder. */
    @FunctionalInterface
    interface Spoil {
        void apply(Path data) throws IOException;
    }


    static Arguments edit(String name, String file, String find, String replacement, String expected) {
        return Arguments.of(name, (Spoil) data -> replace(data, file, find, replacement), expected);
    }

    static Arguments bytes(String name, String file, String find, byte[] replacement, String expected) {
        return Arguments.of(name, (Spoil) data -> {
            byte[] bytes = Files.readAllBytes(data.resolve(file));
            byte[] needle = find.getBytes(StandardCharsets.UTF_8);
            int at = indexOf(bytes, needle);
            if (at < 0) {
                throw new IllegalArgumentException(find + " is not in " + file);
            }
            byte[] result = concat(Arrays.copyOf(bytes, at), replacement);
            Files.write(data.resolve(file), concat(result, Arrays.copyOfRange(bytes, at + needle.length, bytes.length)));
        }, expected);
    }

    static void replace(Path data, String file, String find, String replacement) {
        TestDatabase.edit(data, file, find, replacement);
    }

    static void setCell(Path data, String file, String column, String value) throws IOException {
        List<Csv.Record> records = Csv.parse(file, read(data, file));
        int index = records.getFirst().fields().indexOf(column);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < records.size(); r++) {
            List<String> fields = new ArrayList<>(records.get(r).fields());
            if (r == 1) {
                fields.set(index, value);
            }
            text.append(String.join(",", fields.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").toList())).append('\n');
        }
        Files.writeString(data.resolve(file), text);
    }

    /** A file of {@code size} bytes that takes no disk space: the size cap must refuse it before reading it. */
    static void sparse(Path file, long size) throws IOException {
        Files.delete(file);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
    }

    static String pretty(String json) {
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
    }

    static String read(Path data, String file) throws IOException {
        return Files.readString(data.resolve(file));
    }

    static String readFixture(String file) {
        try {
            return Files.readString(Path.of("src/test/resources/dataset").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}

package org.strikemap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a JVM's used heap after a full GC with jcmd (the JDK's own tool), so no probe lives inside the app. */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)", Pattern.MULTILINE);

    private HeapProbe() {
    }

    static long usedAfterGc(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return used(pid);
    }

    /** The used heap now, as jcmd's GC.heap_info reports it. */
    static long used(String pid) throws IOException, InterruptedException {
        Matcher matcher = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!matcher.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no 'used' figure");
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    /** The JVM's maximum heap in bytes (its -Xmx), from jcmd VM.flags. */
    static long maxHeap(String pid) throws IOException, InterruptedException {
        Matcher matcher = MAX_HEAP.matcher(jcmd(pid, "VM.flags"));
        if (!matcher.find()) {
            throw new IllegalStateException("jcmd VM.flags printed no MaxHeapSize");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Live instances per class name, from a class histogram (which runs a full GC first). */
    static Map<String, Long> liveObjects(String pid) throws IOException, InterruptedException {
        Map<String, Long> counts = new TreeMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd(pid, "GC.class_histogram"));
        while (row.find()) {
            counts.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return counts;
    }

    static String jcmd(String pid, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, pid, command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}

package org.strikemap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a JVM's used heap after a full GC with jcmd (the JDK's own tool), so no probe lives inside the app. */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

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

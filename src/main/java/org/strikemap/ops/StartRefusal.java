package org.strikemap.ops;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start that is refused says why in one line on stderr ({@code StrikeMap did not start: data/strikes.csv:2: …}),
 * instead of Spring's "Application run failed" and its stack trace; {@code --debug} brings the stack trace back.
 * The reason is the innermost message the application wrote itself (a bad data file, a bad property value), else
 * the innermost one there is. Registered in META-INF/spring.factories ahead of Spring's failure analysers; the main
 * method exits non-zero after it. Limits: a failure before Spring has made the context is Spring's to report.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartRefusal implements SpringBootExceptionReporter {

    private final ConfigurableApplicationContext context;

    public StartRefusal(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean reportException(Throwable failure) {
        String debug = context.getEnvironment().getProperty("debug");
        if (debug != null && !debug.equalsIgnoreCase("false")) {
            return false;
        }
        System.err.println("StrikeMap did not start: " + reason(failure));
        return true;
    }

    /** The innermost message of our own code (its class under org.strikemap), else the innermost message at all. */
    static String reason(Throwable failure) {
        String ours = null;
        String innermost = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof PortInUseException port) {
                return "port " + port.getPort() + " is already in use (another server is listening; choose one with --server.port=…)";
            }
            if (message == null || message.isBlank()) {
                continue;
            }
            innermost = cause.getClass().getSimpleName() + ": " + message;
            StackTraceElement[] trace = cause.getStackTrace();
            if (cause.getClass().getName().startsWith("org.strikemap.")
                    || trace.length > 0 && trace[0].getClassName().startsWith("org.strikemap.")) {
                ours = message;
            }
        }
        String reason = ours != null ? ours : innermost != null ? innermost : failure.getClass().getSimpleName();
        return reason.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(failure.toString());
    }
}

package org.strikemap.testing;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core (npm, installed by Maven into target/axe) run inside a page the test has open. Limits: checks what the
 * page shows at that moment; evaluated through the browser's debugging protocol, so the page's CSP does not apply.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("target/axe/node_modules/axe-core/axe.min.js");

    /** One rule broken, with how bad axe rates it and the selectors of the elements that break it. */
    public record Violation(String rule, String impact, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " " + targets;
        }
    }

    private Axe() {
    }

    /** The serious and critical violations of the WCAG 2 A/AA rules on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousIn(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(script());
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ rule: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(' ')) }));
                }""");
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (List<String>) v.get("targets"))).toList();
    }

    private static String script() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core missing: run the build (Maven installs it into target/axe)", e);
        }
    }
}

package org.strikemap.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code strikemap.views.*}: how many views (Vaadin UIs, each holding its session's share of the heap) the server
 * keeps at once. {@code max} 0 derives it from the heap: {@code heap-share} of the maximum heap divided by
 * {@code cost}, the measured heap of one view (docs/BENCHMARKS.md, "Cost of a view"); at -Xmx512m that is about
 * 1,900 views in about 190 MB. Of those, at most {@code max-unconfirmed} (0: half) may be views whose page has not yet
 * answered its {@link ViewChallenge}; one that has not within {@code confirm-within} is let go, and so is the oldest
 * of them when a new view needs its room. A browser answers within a second or two.
 */
@ConfigurationProperties("strikemap.views")
record ViewsProperties(@DefaultValue("0") int max, @DefaultValue("0.35") double heapShare,
                       @DefaultValue("100KB") DataSize cost, @DefaultValue("0") int maxUnconfirmed,
                       @DefaultValue("30s") Duration confirmWithin) {

    ViewsProperties {
        if (max < 0 || maxUnconfirmed < 0 || heapShare <= 0 || heapShare >= 1 || cost.toBytes() < 1
                || confirmWithin.isNegative() || confirmWithin.isZero()) {
            throw new IllegalArgumentException("strikemap.views: max and max-unconfirmed must be 0 or more, heap-share "
                    + "between 0 and 1, cost and confirm-within above 0");
        }
    }

    /** The most views kept at once, on a heap of at most {@code maxHeapBytes}. */
    int maxViews(long maxHeapBytes) {
        return max > 0 ? max : (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) (heapShare * maxHeapBytes) / cost.toBytes()));
    }

    /** The most views waiting for their page's answer at once. */
    int maxWaiting(int maxViews) {
        return maxUnconfirmed > 0 ? Math.min(maxUnconfirmed, maxViews) : Math.max(1, maxViews / 2);
    }
}

package org.strikemap.draft;

import java.util.List;

/** A record that cannot stand on its map, with every reason a person can act on. Nothing was written. */
public class RecordRefused extends RuntimeException {

    private final List<String> reasons;

    public RecordRefused(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}

package vn.reformdesk.units;

import java.util.List;

/**
 * The ids whose figures are summed as one unit's across a reorganisation (the unit first, then its predecessors
 * of the same tier); {@code approximate} when a predecessor went into the unit only in part, so its whole figures
 * are an estimate of the part that did.
 */
public record FigureScope(List<Long> ids, boolean approximate) {

    public boolean withPredecessors() {
        return ids.size() > 1;
    }
}

package vn.reformdesk.units;

import java.util.List;

/**
 * The units whose figures stand for a unit in a period: the unit itself while it exists, else the units it
 * came from (its predecessors, followed back until they existed in the period). {@code approximate} is true when
 * any of them went into the unit only in part: their whole figures are counted, so the sum is an estimate.
 */
public record HistorySources(UnitRef unit, List<UnitRef> sources, boolean approximate) {

    /** True when the figures come from other units than the unit itself (before it existed). */
    public boolean fromPredecessors() {
        return sources.size() != 1 || sources.getFirst().id() != unit.id();
    }
}

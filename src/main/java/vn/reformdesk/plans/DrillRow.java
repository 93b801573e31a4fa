package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

/** One child unit in the drill-down: its plan's figures, or no plan at all (never shown as 0%). */
public record DrillRow(UnitRef unit, @Nullable PlanRef plan, @Nullable Progress progress, @Nullable Integer rank) {
    public boolean hasPlan() {
        return plan != null;
    }

    public @Nullable Double percent() {
        return progress == null ? null : progress.percent();
    }
}

package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.units.UnitRef;

/** A row of the drill-down: one child unit's subtree — planned and done inspections, open and overdue recommendations. */
public record UnitFigures(UnitRef unit, long planned, long done, long open, long overdue) {
    public @Nullable Double share() {
        return Formats.share(done, planned);
    }
}

package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.util.List;
import vn.reformdesk.base.Formats;

/** The children of a unit, ranked by completion (units with a plan first), and their totals. */
public record DrillDown(List<DrillRow> rows, long done, long total, long overdue, int withPlan, int withoutPlan) {
    public @Nullable Double percent() {
        return Formats.share(done, total);
    }
}

package vn.reformdesk.directives;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;

import java.time.LocalDate;

/** How a meeting's directives stand as of a day: done of those not cancelled, and how many are overdue. */
public record Tally(long done, long total, long overdue, LocalDate asOf) {

    public @Nullable Double share() {
        return Formats.share(done, total);
    }
}

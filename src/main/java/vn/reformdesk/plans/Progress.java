package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import vn.reformdesk.base.Formats;

/** Tasks done and counted (cancelled ones are not) at {@code asOf}; percent is {@link Formats#share}. */
public record Progress(long done, long total, long overdue, long dueSoon, LocalDate asOf) {
    public @Nullable Double percent() {
        return Formats.share(done, total);
    }
}

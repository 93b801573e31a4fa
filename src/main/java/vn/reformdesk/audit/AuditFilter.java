package vn.reformdesk.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the administrator searches the trail for; every part is optional. Dates are days in the province's zone. */
public record AuditFilter(@Nullable String username, @Nullable Long unitId, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable String kind) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}

package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;

public record Change(OffsetDateTime at, String by, String byName, String field, @Nullable String oldValue,
                     @Nullable String newValue, @Nullable String comment) {
}

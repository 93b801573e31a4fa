package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A step of a unit's round as kept in its history: who did what, when, with which points and text. */
public record RoundStep(@Nullable String criterionCode, String step, @Nullable BigDecimal points, @Nullable String note,
                        String by, OffsetDateTime at) {
}

package vn.reformdesk.targets;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** One change of a target: null old value = newly set, null new value = removed (the unit inherits again). */
public record TargetChange(String targetId, int year, @Nullable String unitName, @Nullable Double oldValue,
                           @Nullable Double newValue, OffsetDateTime at, String by) {
}

package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;

/** One field of a task as it changed, for the task's history. */
record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
}

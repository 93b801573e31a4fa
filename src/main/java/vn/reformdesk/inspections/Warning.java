package vn.reformdesk.inspections;

import java.util.List;

/** Something to confirm before saving (not an error): key under {@code inspections.warning.} and its arguments. */
public record Warning(String key, List<Object> args) {
}

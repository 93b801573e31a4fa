package vn.reformdesk.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One write as the trail keeps it.
 *
 * @param kind    the command: feature, service and method, e.g. {@code plans.PlanService.updateTask}
 * @param input   the command's arguments as JSON (passwords hidden, files as their size)
 * @param changes JSON list of the entities changed: {@code [{"entity","id","op","before":{…},"after":{…}}]}
 */
public record AuditEvent(long id, Instant at, @Nullable Long userId, String username, @Nullable String role,
                         @Nullable String address, String kind, @Nullable Long unitId, String input, String changes) {
}

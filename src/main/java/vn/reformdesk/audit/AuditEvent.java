package vn.reformdesk.audit;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One write as the trail keeps it.
 *
 * @param kind    the command: feature, service and method, e.g. {@code plans.PlanCommands.updateTask}
 * @param input   the command's arguments as JSON (passwords hidden, files as their size)
 * @param changes JSON list of the entities changed: {@code [{"entity","id","op","before":{…},"after":{…}}]}
 * @param unitCode   the unit's code, when the write concerns one
 * @param unitName   the unit's (Vietnamese) name
 * @param unitNameEn the unit's English name, when it has one
 */
public record AuditEvent(long id, Instant at, @Nullable Long userId, String username, @Nullable String role,
                         @Nullable String address, String kind, @Nullable Long unitId, String input, String changes,
                         @Nullable String unitCode, @Nullable String unitName, @Nullable String unitNameEn) {

    /** The unit as a reader knows it: its name in the language asked for and its code; empty without a unit. */
    public String unitLabel(java.util.Locale locale) {
        if (unitId == null) {
            return "";
        }
        if (unitName == null) {
            return "#" + unitId;
        }
        String name = AppLocales.name(unitName, unitNameEn, locale);
        return name + " (" + unitCode + ")";
    }
}

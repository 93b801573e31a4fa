package vn.reformdesk.inspections;

import vn.reformdesk.units.UnitRef;

/** Open recommendations of one responsible unit as of a date: how many, how many overdue, the oldest in days. */
public record UnitBacklog(UnitRef unit, long open, long overdue, long oldestDays) {
}

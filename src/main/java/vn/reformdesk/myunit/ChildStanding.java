package vn.reformdesk.myunit;

import vn.reformdesk.units.UnitRef;

/**
 * A unit below the leader's unit: how many of its own items are overdue or open, and how many of its figures miss
 * their targets. Units are ranked worst first: most overdue items, then most figures behind, then most open items.
 */
public record ChildStanding(UnitRef unit, long overdue, long open, long behind) {
}

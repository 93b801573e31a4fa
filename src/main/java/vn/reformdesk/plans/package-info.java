/**
 * Reform plans (Kế hoạch CCHC): a plan per unit and year, its numbered tasks by area with lead units and
 * deadlines, status updates with history, progress as of a date, and the drill-down over a unit's children.
 */
@NullMarked
package vn.reformdesk.plans;

import org.jspecify.annotations.NullMarked;

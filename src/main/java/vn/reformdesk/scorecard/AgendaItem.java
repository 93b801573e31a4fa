package vn.reformdesk.scorecard;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One thing a unit must do.
 *
 * @param kind      {@link AgendaSource#kind()}
 * @param id        the record's id within its kind
 * @param title     the task's, recommendation's or directive's text (user data, shown as text)
 * @param source    where it comes from, e.g. "31/KH-UBND" or the inspection or meeting it belongs to
 * @param deadline  the deadline, or null when none
 * @param status    open, overdue or done as of the day asked
 * @param doneOn    the day it was done, or null
 * @param route     the page that opens it, with its query string (e.g. {@code plans?unit=892&period=2019&task=17})
 */
public record AgendaItem(String kind, long id, String title, String source, @Nullable LocalDate deadline,
                         Status status, @Nullable LocalDate doneOn, String route) {

    public enum Status { OVERDUE, OPEN, DONE }
}

package vn.reformdesk.directives;

import java.time.LocalDate;

/** A review meeting of the committee of a unit (the province, or a district's committee). */
public record Meeting(long id, long unitId, String unitCode, String unitName, LocalDate heldOn, String periodCode, String title,
                      String chair, String attendees, String minutesNumber, long version) {
}

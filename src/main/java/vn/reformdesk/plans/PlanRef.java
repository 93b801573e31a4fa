package vn.reformdesk.plans;

import java.time.LocalDate;

public record PlanRef(long id, long unitId, int year, String number, LocalDate issuedOn, String title, long version) {
}

package vn.reformdesk.dossiers;

import java.time.LocalDate;

/** A year whose dossier records are archived: how many records it held, the last day one of them was open, and who archived it. */
public record ArchivedYear(int year, long records, LocalDate openUntil, String archivedBy) {
}

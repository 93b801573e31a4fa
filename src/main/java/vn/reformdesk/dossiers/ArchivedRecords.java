package vn.reformdesk.dossiers;

import java.time.LocalDate;
import java.util.List;

/**
 * Archived dossier records that a list may miss: the years archived and the last day one of their dossiers was open.
 * A list of a period starting after that day cannot miss any.
 */
public record ArchivedRecords(List<Integer> years, LocalDate openUntil) {
}

package vn.reformdesk.review;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A pack made and kept for download, with the period it covers, the day it was made and whom it was mailed to. */
public record KeptPack(long id, long unitId, String unitName, String periodCode, LocalDate madeOn, @Nullable String mailedTo) {
}

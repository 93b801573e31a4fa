package vn.reformdesk.units;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One side of a predecessor → successor link of a reorganisation: the other unit, how much of the old unit
 * went into the new one, the conversion table's note and the day the new unit took over.
 */
public record LineageLink(UnitRef unit, LinkShare share, @Nullable String note, LocalDate effective) {

    /** Whether the old unit's figures count fully for the new one (else they are approximate). */
    public boolean whole() {
        return share != LinkShare.PART;
    }
}

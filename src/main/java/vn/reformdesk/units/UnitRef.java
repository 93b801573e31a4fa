package vn.reformdesk.units;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Period;

import java.time.LocalDate;

/**
 * A unit as the features see it.
 *
 * @param kind the legal kind: TINH, THANH_PHO_TW, HUYEN, QUAN, THI_XA, THANH_PHO, XA, PHUONG, THI_TRAN,
 *             DAC_KHU, SO, BAN, NGANH (labels in the translations as {@code unit.kind.KIND})
 * @param path ids from the root, {@code /1/12/345/}; a unit's subtree is every path starting with it
 */
public record UnitRef(long id, String code, String name, @Nullable String nameEn, UnitTier tier, String kind,
                      @Nullable Long parentId, String path, int depth, @Nullable LocalDate validFrom,
                      @Nullable LocalDate validTo) {

    public boolean isWithin(UnitRef ancestor) {
        return path.startsWith(ancestor.path());
    }

    public boolean validDuring(Period period) {
        return (validFrom == null || !validFrom.isAfter(period.end()))
                && (validTo == null || !validTo.isBefore(period.start()));
    }

    public boolean isDepartment() {
        return tier == UnitTier.DEPARTMENT;
    }
}

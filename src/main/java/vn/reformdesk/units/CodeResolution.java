package vn.reformdesk.units;

import vn.reformdesk.base.UserFacingException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rule of {@link UnitService#resolve(String, LocalDate)} for imports that have already loaded the units
 * carrying a code: the one valid on the day wins; two valid that day is an error naming both; when none is valid
 * that day, the only candidate (a unit abolished during the year, scored for its part of it) is kept.
 */
public final class CodeResolution {

    private CodeResolution() {
    }

    public static Optional<UnitRef> pick(List<UnitRef> sameCode, LocalDate day) {
        List<UnitRef> valid = sameCode.stream().filter(u -> (u.validFrom() == null || !u.validFrom().isAfter(day))
                && (u.validTo() == null || !u.validTo().isBefore(day))).toList();
        if (valid.size() > 1) {
            throw new UserFacingException("units.error.ambiguous-code", valid.get(0).code(), valid.get(0).name(),
                    valid.get(1).name(), java.sql.Date.valueOf(day));
        }
        if (valid.size() == 1) {
            return Optional.of(valid.getFirst());
        }
        return sameCode.size() == 1 ? Optional.of(sameCode.getFirst()) : Optional.empty();
    }
}

package vn.reformdesk.units;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.SearchText;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads the unit tree within the caller's scope. A UNIT_LEADER sees only the subtree of the unit assigned
 * to them: asking for anything else is an {@link AccessDeniedException}, never data. Other features check
 * their own reads and writes with {@link #requireReadable(long)} and {@link #scopeRoot()}.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    /** Counts of a unit's children by tier and kind, e.g. DISTRICT/HUYEN → 8. */
    public record KindCount(UnitTier tier, String kind, long count) {
    }

    /** A child and how many children it has itself (communes per district, for the overview chart). */
    public record ChildSize(UnitRef unit, long children) {
    }

    private final UnitRepository units;
    private final CurrentUserService currentUser;
    private final Installation installation;

    UnitService(UnitRepository units, CurrentUserService currentUser, Installation installation) {
        this.units = units;
        this.currentUser = currentUser;
        this.installation = installation;
    }

    /**
     * The unit a user starts on: a leader's own unit; for everyone else the home province, or in a ministry's
     * installation the whole country ({@link Installation}).
     */
    public Optional<UnitRef> startUnit(Period period) {
        CurrentUser user = currentUser.require();
        if (!user.seesEverything()) {
            return Optional.of(scopeUnit(user));
        }
        String homeProvinceCode = installation.homeCode();
        Optional<UnitRef> home = homeProvinceCode.isBlank() ? Optional.empty() : findByCodeUnchecked(homeProvinceCode, period);
        if (home.isPresent() && !home.get().validDuring(period)) {
            // the home province was reorganised: the installation carries on with its successor
            UnitRef abolished = home.get();
            home = successorValidIn(abolished, period).or(() -> Optional.of(abolished));
        }
        if (home.isPresent()) {
            return home;
        }
        return units.findRoots(period.start(), period.end()).stream().findFirst().map(Unit::toRef);
    }

    /** The top of what the caller may see: all provinces (in a ministry's installation the country), or a leader's own unit. */
    public List<UnitRef> roots(Period period) {
        CurrentUser user = currentUser.require();
        if (!user.seesEverything()) {
            return List.of(scopeUnit(user));
        }
        return units.findRoots(period.start(), period.end()).stream().map(Unit::toRef).toList();
    }

    /** The unit the caller's scope starts from, or empty when the caller sees everything. */
    public Optional<UnitRef> scopeRoot() {
        CurrentUser user = currentUser.require();
        return user.seesEverything() ? Optional.empty() : Optional.of(scopeUnit(user));
    }

    public UnitRef get(long id) {
        UnitRef unit = units.findById(id).map(Unit::toRef).orElseThrow(() -> new NoSuchElementException("no unit " + id));
        requireReadable(unit);
        return unit;
    }

    /** The unit with this code valid in the period (or the latest one with the code), if the caller may see it. */
    public Optional<UnitRef> findByCode(String code, Period period) {
        // a code may be reused (30589 names one commune until June 2025 and another since July): in a period
        // where both are valid, the one the caller may read wins, so a leader is not refused their own unit
        Optional<UnitRef> readable = units.findByCode(code).stream().map(Unit::toRef)
                .filter(u -> u.validDuring(period)).filter(this::canRead).findFirst();
        if (readable.isPresent()) {
            return readable;
        }
        Optional<UnitRef> unit = findByCodeUnchecked(code, period);
        unit.ifPresent(this::requireReadable);
        return unit;
    }

    /**
     * The code resolved on a day (a dossier's receiving date, a view's period end, the last day of a score year):
     * the one unit with this code valid that day, if any. Two units with the code valid that day is a
     * {@link UserFacingException} naming both, never a pick by row order.
     */
    public Optional<UnitRef> resolve(String code, LocalDate day) {
        List<Unit> found = units.findValidOn(code.trim(), day);
        if (found.size() > 1) {
            UnitRef a = found.get(0).toRef();
            UnitRef b = found.get(1).toRef();
            throw new UserFacingException("units.error.ambiguous-code", code.trim(), a.name(), b.name(), java.sql.Date.valueOf(day));
        }
        Optional<UnitRef> unit = found.stream().findFirst().map(Unit::toRef);
        unit.ifPresent(this::requireReadable);
        return unit;
    }

    public List<UnitRef> children(long parentId, Period period) {
        requireReadable(parentId);
        List<UnitRef> children = units.findChildren(parentId, period.start(), period.end()).stream().map(Unit::toRef).toList();
        List<Unit> kept = units.findKeptDepartments(parentId, period.start(), period.end());
        if (kept.isEmpty()) {
            return children;
        }
        List<UnitRef> all = new ArrayList<>(children);
        kept.stream().map(Unit::toRef).filter(d -> !all.contains(d)).forEach(all::add);
        return Collections.unmodifiableList(all);
    }

    public boolean hasChildren(long parentId, Period period) {
        requireReadable(parentId);
        return units.hasChildren(parentId, period.start(), period.end())
                || !units.findKeptDepartments(parentId, period.start(), period.end()).isEmpty();
    }

    /** From the root down to the unit itself. Names of ancestors are public; their data is not. */
    public List<UnitRef> pathOf(UnitRef unit) {
        requireReadable(unit);
        List<Long> ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        Map<Long, UnitRef> byId = new LinkedHashMap<>();
        units.findAllById(ids).forEach(u -> byId.put(u.getId(), u.toRef()));
        List<UnitRef> path = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(path::add));
        return path;
    }

    /**
     * Units whose name (Vietnamese or English) contains, or whose code starts with, the text, within the caller's
     * scope; case and diacritics do not matter ({@link SearchText}).
     */
    public List<UnitRef> search(String text, Period period, int limit) {
        String prefix = scopeRoot().map(UnitRef::path).orElse("/");
        if (text.isBlank()) {
            return List.of();
        }
        return units.search(prefix, SearchText.query(text), text.trim(), period.start(), period.end(), limit)
                .stream().map(Unit::toRef).toList();
    }

    /** The whole subtree of a unit (the unit first), valid in the period. */
    public List<UnitRef> subtree(long unitId, Period period) {
        UnitRef unit = get(unitId);
        return units.findSubtree(unit.path(), period.start(), period.end()).stream().map(Unit::toRef).toList();
    }

    public List<KindCount> childCountsByKind(long unitId, Period period) {
        requireReadable(unitId);
        List<KindCount> counts = new ArrayList<>();
        for (Object[] row : units.countChildrenByKind(unitId, period.start(), period.end())) {
            counts.add(new KindCount((UnitTier) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        counts.sort((a, b) -> a.tier() != b.tier() ? a.tier().compareTo(b.tier()) : a.kind().compareTo(b.kind()));
        return Collections.unmodifiableList(counts);
    }

    public List<ChildSize> childSizes(long unitId, Period period) {
        List<UnitRef> children = children(unitId, period);
        Map<Long, Long> sizes = new LinkedHashMap<>();
        for (Object[] row : units.countGrandchildren(unitId, period.start(), period.end())) {
            sizes.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return children.stream().map(c -> new ChildSize(c, sizes.getOrDefault(c.id(), 0L))).toList();
    }

    // ---- the scope proof: a unit the caller may read, created only here

    /** The unit as a {@link ReadableUnit}, or access denied. */
    public ReadableUnit readable(UnitRef unit) {
        requireReadable(unit);
        return new ReadableUnit(unit);
    }

    /** The unit with this id as a {@link ReadableUnit}, or access denied (also for an unknown id). */
    public ReadableUnit readable(long unitId) {
        UnitRef unit = units.findById(unitId).map(Unit::toRef)
                .orElseThrow(() -> new AccessDeniedException("unit " + unitId + " is outside your scope"));
        return readable(unit);
    }

    /** The unit with this code valid in the period as a {@link ReadableUnit}, or access denied. */
    public Optional<ReadableUnit> readableByCode(String code, Period period) {
        return findByCodeUnchecked(code, period).map(this::readable);
    }

    /** The children of a unit already checked. */
    public List<UnitRef> children(ReadableUnit parent, Period period) {
        return units.findChildren(parent.id(), period.start(), period.end()).stream().map(Unit::toRef).toList();
    }

    /** The subtree (the unit first) of a unit already checked. */
    public List<UnitRef> subtree(ReadableUnit unit, Period period) {
        return units.findSubtree(unit.unit().path(), period.start(), period.end()).stream().map(Unit::toRef).toList();
    }

    public boolean canRead(UnitRef unit) {
        CurrentUser user = currentUser.find().orElse(null);
        if (user == null) {
            return false;
        }
        return user.seesEverything() || unit.isWithin(scopeUnit(user));
    }

    /** The unit, when it exists and the caller may read it (a leader's task may sit in the plan of a unit above). */
    public Optional<UnitRef> findReadable(long id) {
        return units.findById(id).map(Unit::toRef).filter(this::canRead);
    }

    public void requireReadable(UnitRef unit) {
        if (!canRead(unit)) {
            throw new AccessDeniedException("unit " + unit.code() + " is outside your scope");
        }
    }

    public void requireReadable(long unitId) {
        CurrentUser user = currentUser.require();
        if (user.seesEverything()) {
            return;
        }
        Unit unit = units.findById(unitId).orElseThrow(() -> new AccessDeniedException("unit " + unitId + " is outside your scope"));
        requireReadable(unit.toRef());
    }

    private UnitRef scopeUnit(CurrentUser user) {
        @Nullable Long id = user.scopeUnitId();
        if (id == null) {
            throw new AccessDeniedException("no unit assigned to " + user.username());
        }
        return units.findById(id).map(Unit::toRef).orElseThrow(() -> new AccessDeniedException("assigned unit missing"));
    }

    /**
     * The unit with the code valid at the period's end (a view shows the structure as it stands then), else the
     * latest one valid during the period (an abolished unit in its last year), else the latest with the code.
     */
    private Optional<UnitRef> findByCodeUnchecked(String code, Period period) {
        List<UnitRef> found = units.findByCode(code).stream().map(Unit::toRef).toList();
        LocalDate end = period.end();
        return found.stream().filter(u -> (u.validFrom() == null || !u.validFrom().isAfter(end))
                        && (u.validTo() == null || !u.validTo().isBefore(end))).findFirst()
                .or(() -> found.stream().filter(u -> u.validDuring(period)).findFirst())
                .or(() -> found.stream().findFirst());
    }

    private Optional<UnitRef> successorValidIn(UnitRef unit, Period period) {
        List<UnitRef> next = List.of(unit);
        for (int step = 0; step < 5 && !next.isEmpty(); step++) {
            List<UnitRef> successors = next.stream().flatMap(u -> units.findSuccessors(u.id()).stream().map(Unit::toRef))
                    .filter(u -> u.tier() == unit.tier()).toList();
            Optional<UnitRef> valid = successors.stream().filter(u -> u.validDuring(period)).findFirst();
            if (valid.isPresent()) {
                return valid;
            }
            next = successors;
        }
        return Optional.empty();
    }
}

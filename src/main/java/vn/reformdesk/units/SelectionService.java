package vn.reformdesk.units;

import com.vaadin.flow.router.QueryParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;

import java.util.NoSuchElementException;

/**
 * Turns the URL's selection into a unit and a period the caller may see. A unit outside the caller's
 * scope is an access-denied error (through {@link UnitService}); no unit in the URL means the caller's
 * start unit; no period means {@code reformdesk.default-period} or the current year. A code is resolved at the
 * period's end ({@link UnitService#findByCode}), so {@code ?unit=30589&period=2026} is the new Xã An Châu.
 */
@Service
public class SelectionService {

    /** The resolved selection: a unit the caller may read (checked by {@link UnitService#readable}) and a period. */
    public record Resolved(ReadableUnit readable, Period period) {
        public UnitRef unit() {
            return readable.unit();
        }

        public Selection selection() {
            return new Selection(unit().code(), period);
        }
    }

    private final UnitService units;
    private final UnitLineageService lineage;
    private final ReportingClock clock;
    private final String defaultPeriod;

    SelectionService(UnitService units, UnitLineageService lineage, ReportingClock clock,
                     @Value("${reformdesk.default-period:}") String defaultPeriod) {
        this.units = units;
        this.lineage = lineage;
        this.clock = clock;
        this.defaultPeriod = defaultPeriod;
    }

    public Period defaultPeriod() {
        return Period.parse(defaultPeriod).orElse(Period.year(clock.currentYear()));
    }

    /** The last year the period pickers offer: the reporting clock's current year. */
    public int currentYear() {
        return clock.currentYear();
    }

    public Resolved resolve(QueryParameters query) {
        return resolve(Selection.from(query));
    }

    public Resolved resolve(Selection selection) {
        Period period = selection.period() != null ? selection.period() : defaultPeriod();
        UnitRef unit = selection.unitCode() != null
                ? units.findByCode(selection.unitCode(), period).orElseThrow(() -> new NoSuchElementException("unknown unit " + selection.unitCode()))
                : units.startUnit(period).orElseThrow(() -> new NoSuchElementException("no units yet"));
        if (!unit.validDuring(period)) {
            // a unit that went whole into one successor (old An Giang into new An Giang) carries on as it;
            // one split among several stays, and its page says when and into what it was merged
            UnitRef abolished = unit;
            unit = lineage.soleSuccessor(unit.id()).filter(s -> s.validDuring(period) && units.canRead(s)).orElse(abolished);
        }
        return new Resolved(units.readable(unit), period);
    }
}

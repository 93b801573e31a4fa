package vn.reformdesk.units;

import com.vaadin.flow.router.QueryParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.reformdesk.base.Period;

import java.time.LocalDate;
import java.util.NoSuchElementException;

/**
 * Turns the URL's selection into a unit and a period the caller may see. A unit outside the caller's
 * scope is an access-denied error (through {@link UnitService}); no unit in the URL means the caller's
 * start unit; no period means {@code reformdesk.default-period} or the current year.
 */
@Service
public class SelectionService {

    /** The resolved selection: a unit the caller may read and a period. */
    public record Resolved(UnitRef unit, Period period) {
        public Selection selection() {
            return new Selection(unit.code(), period);
        }
    }

    private final UnitService units;
    private final String defaultPeriod;

    SelectionService(UnitService units, @Value("${reformdesk.default-period:}") String defaultPeriod) {
        this.units = units;
        this.defaultPeriod = defaultPeriod;
    }

    public Period defaultPeriod() {
        return Period.parse(defaultPeriod).orElse(Period.year(LocalDate.now().getYear()));
    }

    public Resolved resolve(QueryParameters query) {
        return resolve(Selection.from(query));
    }

    public Resolved resolve(Selection selection) {
        Period period = selection.period() != null ? selection.period() : defaultPeriod();
        UnitRef unit = selection.unitCode() != null
                ? units.findByCode(selection.unitCode(), period).orElseThrow(() -> new NoSuchElementException("unknown unit " + selection.unitCode()))
                : units.startUnit(period).orElseThrow(() -> new NoSuchElementException("no units yet"));
        return new Resolved(unit, period);
    }
}

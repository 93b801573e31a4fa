package vn.reformdesk.myunit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers a unit's page from every {@link FieldScorecard} and {@link AgendaSource} bean. Each of them checks the
 * caller's scope; this service checks that the unit itself is readable first.
 */
@Service
@Transactional(readOnly = true)
public class MyUnitService {

    /** "Deadlines ahead" looks this many days past the as-of date. */
    public static final int DUE_SOON_DAYS = 30;

    /** Overdue first, then open, then done; within each by deadline (none last), then title. */
    static final Comparator<AgendaItem> AGENDA_ORDER = Comparator.comparing(AgendaItem::status)
            .thenComparing(AgendaItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AgendaItem::title);

    private final UnitService units;
    private final ReportingClock clock;
    private final ObjectProvider<FieldScorecard> scorecards;
    private final ObjectProvider<AgendaSource> agendas;

    MyUnitService(UnitService units, ReportingClock clock, ObjectProvider<FieldScorecard> scorecards,
                  ObjectProvider<AgendaSource> agendas) {
        this.units = units;
        this.clock = clock;
        this.scorecards = scorecards;
        this.agendas = agendas;
    }

    public MyUnitPage page(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        LocalDate asOf = clock.asOf(period);
        List<FieldFigures> fields = fieldsOf(unit, period);
        List<AgendaItem> agenda = agendaOf(unit, asOf, true);
        LocalDate horizon = asOf.plusDays(DUE_SOON_DAYS);
        List<AgendaItem> dueSoon = agenda.stream()
                .filter(i -> i.status() == AgendaItem.Status.OPEN && i.deadline() != null
                        && !i.deadline().isBefore(asOf) && !i.deadline().isAfter(horizon))
                .sorted(Comparator.comparing(AgendaItem::deadline)).toList();
        return new MyUnitPage(asOf, fields, agenda, dueSoon, children(readable, period, asOf));
    }

    /** Every field's measures, in the fields' order. */
    public List<FieldFigures> fields(ReadableUnit unit, Period period) {
        return fieldsOf(unit.unit(), period);
    }

    private List<FieldFigures> fieldsOf(UnitRef unit, Period period) {
        return scorecards.orderedStream().sorted(Comparator.comparingInt(FieldScorecard::order))
                .map(s -> new FieldFigures(s.field(), s.measures(unit, period))).toList();
    }

    /** Everything the unit itself must do as of the date, from every source, overdue first. */
    public List<AgendaItem> agenda(ReadableUnit unit, LocalDate asOf, boolean includeDone) {
        return agendaOf(unit.unit(), asOf, includeDone);
    }

    private List<AgendaItem> agendaOf(UnitRef unit, LocalDate asOf, boolean includeDone) {
        List<AgendaItem> items = new ArrayList<>();
        agendas.orderedStream().forEach(s -> items.addAll(s.items(unit, asOf, includeDone)));
        items.sort(AGENDA_ORDER);
        return List.copyOf(items);
    }

    private List<ChildStanding> children(ReadableUnit unit, Period period, LocalDate asOf) {
        List<ChildStanding> rows = new ArrayList<>();
        // the children of a readable unit are within the caller's scope
        List<UnitRef> children = units.children(unit, period);
        // each field reads all the children at once: a tier's ranking, for one, is the same for every child
        java.util.Map<Long, List<Measure>> byUnit = FieldScorecard.everyField(scorecards.orderedStream(), children, period);
        for (UnitRef child : children) {
            List<AgendaItem> items = agendaOf(child, asOf, false);
            long overdue = items.stream().filter(i -> i.status() == AgendaItem.Status.OVERDUE).count();
            long behind = byUnit.get(child.id()).stream().filter(Measure::behind).count();
            rows.add(new ChildStanding(child, overdue, items.size() - overdue, behind));
        }
        rows.sort(Comparator.comparingLong(ChildStanding::overdue).reversed()
                .thenComparing(Comparator.comparingLong(ChildStanding::behind).reversed())
                .thenComparing(Comparator.comparingLong(ChildStanding::open).reversed())
                .thenComparing(c -> c.unit().code()));
        return List.copyOf(rows);
    }
}

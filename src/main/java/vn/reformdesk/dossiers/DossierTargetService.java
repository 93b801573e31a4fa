package vn.reformdesk.dossiers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.dossiers.DossierKpi.Target;
import vn.reformdesk.scorecard.TargetLookup;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.EnumMap;
import java.util.Map;

/**
 * The targets the dossier tiles are coloured against, read from the one target store (the {@code targets}
 * feature, through {@link TargetLookup}): for the unit and year, the unit's own target, else the nearest unit's
 * above it, else the province-wide default. They are set on the targets page ({@code /targets}).
 */
@Service
@Transactional(readOnly = true)
public class DossierTargetService {

    /** The measure of the target store that a tile's KPI is coloured against. */
    public static String targetId(Target kpi) {
        return switch (kpi) {
            case EARLY_OR_ON_TIME -> DossierScorecard.ON_TIME;
            case ONLINE -> DossierScorecard.ONLINE;
            case OVERDUE -> DossierScorecard.OVERDUE;
            case LATE -> DossierScorecard.LATE;
            case LATE_NO_APOLOGY -> DossierScorecard.NEEDING_APOLOGY;
        };
    }

    private final TargetLookup targets;
    private final UnitService units;

    DossierTargetService(TargetLookup targets, UnitService units) {
        this.targets = targets;
        this.units = units;
    }

    /** The target value in force for each KPI of the unit in the year (a KPI without a target is absent). */
    public Map<Target, Double> targets(ReadableUnit readable, int year) {
        UnitRef unit = readable.unit();
        Map<Target, Double> result = new EnumMap<>(Target.class);
        for (Target kpi : Target.values()) {
            vn.reformdesk.scorecard.Target t = targets.target(targetId(kpi), unit, year);
            if (t != null) {
                result.put(kpi, t.value());
            }
        }
        return result;
    }
}

package vn.reformdesk.dossiers;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitIndicator;
import vn.reformdesk.units.UnitRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The late rate (% of resolved dossiers resolved late, {@link DossierKpi}) of each unit's subtree, for other features. */
@Component
class DossierLateRateIndicator implements UnitIndicator {

    private final DossierKpiService kpis;

    DossierLateRateIndicator(DossierKpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public String id() {
        return "dossiers.late-rate";
    }

    @Override
    public String labelKey() {
        return "dossiers.indicator.late-rate";
    }

    @Override
    public boolean higherIsWorse() {
        return true;
    }

    @Override
    public String suffix() {
        return "%";
    }

    @Override
    public Map<Long, Double> values(List<UnitRef> units, Period period) {
        Map<Long, Double> out = new LinkedHashMap<>();
        kpis.figuresOf(units, period).forEach((id, f) -> {
            Double late = f.latePct();
            if (late != null) {
                out.put(id, late);
            }
        });
        return out;
    }
}

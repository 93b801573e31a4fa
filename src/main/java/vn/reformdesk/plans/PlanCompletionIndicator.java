package vn.reformdesk.plans;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitIndicator;
import vn.reformdesk.units.UnitRef;

import java.util.List;
import java.util.Map;

/**
 * Plan completion of a unit for other features (e.g. the inspection plan's suggestions): the percent of its
 * own plan's tasks done at the period's end (the plan of a district already holds the tasks its communes
 * lead). Units without a plan are left out, never counted as 0%.
 */
@Component
class PlanCompletionIndicator implements UnitIndicator {

    private final PlanQueries plans;

    PlanCompletionIndicator(PlanQueries plans) {
        this.plans = plans;
    }

    @Override
    public String id() {
        return "plans.completion";
    }

    @Override
    public String labelKey() {
        return "plans.indicator.completion";
    }

    @Override
    public boolean higherIsWorse() {
        return false;
    }

    @Override
    public String suffix() {
        return "%";
    }

    @Override
    public Map<Long, Double> values(List<UnitRef> units, Period period) {
        return plans.completion(units, period);
    }
}

package vn.reformdesk.units;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Period;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user is looking at, as it stands in the URL: {@code ?unit=892&period=2019-9M}. Every view
 * reads it on entry, so a link or the browser's back button returns to the same state.
 */
public record Selection(@Nullable String unitCode, @Nullable Period period) {

    public static final String UNIT = "unit";
    public static final String PERIOD = "period";

    public static Selection from(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        String unit = Optional.ofNullable(params.get(UNIT)).flatMap(l -> l.stream().findFirst())
                .filter(s -> !s.isBlank()).orElse(null);
        Period period = Optional.ofNullable(params.get(PERIOD)).flatMap(l -> l.stream().findFirst())
                .flatMap(Period::parse).orElse(null);
        return new Selection(unit, period);
    }

    public Selection withUnit(String code) {
        return new Selection(code, period);
    }

    public Selection withPeriod(Period value) {
        return new Selection(unitCode, value);
    }

    public QueryParameters toQuery() {
        Map<String, String> map = new LinkedHashMap<>();
        if (unitCode != null) {
            map.put(UNIT, unitCode);
        }
        if (period != null) {
            map.put(PERIOD, period.code());
        }
        return QueryParameters.simple(map);
    }
}

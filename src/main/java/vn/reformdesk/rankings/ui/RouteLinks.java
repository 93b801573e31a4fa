package vn.reformdesk.rankings.ui;

import com.vaadin.flow.router.QueryParameters;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links to a unit's rankings page. The URL's {@code unit} is the caller's selection and must be in their
 * scope; a leader looking at another unit of the published ranking keeps their own unit and names the
 * other one in {@code of}.
 */
final class RouteLinks {

    private RouteLinks() {
    }

    static String unitPage(UnitService units, SelectionService.Resolved sel, String index, UnitRef target) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (units.canRead(target)) {
            q.put("unit", List.of(target.code()));
        } else {
            q.put("unit", List.of(sel.unit().code()));
            q.put(RankingUi.OF, List.of(target.code()));
        }
        q.put("period", List.of(sel.period().code()));
        q.put(RankingUi.INDEX, List.of(index));
        return "rankings/unit?" + new QueryParameters(q).getQueryString();
    }
}

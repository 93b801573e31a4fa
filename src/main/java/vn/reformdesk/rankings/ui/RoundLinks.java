package vn.reformdesk.rankings.ui;

import com.vaadin.flow.router.QueryParameters;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Addresses of the scoring round pages: the selection (unit, period) stays, the index and the unit shown are added. */
final class RoundLinks {

    static final String BOARD = "rankings/round";
    static final String SHEET = "rankings/round/unit";

    private RoundLinks() {
    }

    static String board(SelectionService.Resolved sel, String index) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("unit", List.of(sel.unit().code()));
        q.put("period", List.of(sel.period().code()));
        q.put(RankingUi.INDEX, List.of(index));
        return BOARD + "?" + new QueryParameters(q).getQueryString();
    }

    static String sheet(SelectionService.Resolved sel, String index, UnitRef of) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("unit", List.of(sel.unit().code()));
        q.put("period", List.of(sel.period().code()));
        q.put(RankingUi.INDEX, List.of(index));
        q.put(RankingUi.OF, List.of(of.code()));
        return SHEET + "?" + new QueryParameters(q).getQueryString();
    }
}

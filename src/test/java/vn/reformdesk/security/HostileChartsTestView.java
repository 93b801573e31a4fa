package vn.reformdesk.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.ChartSpec;

import java.util.List;

/** Test-only page: every kind of chart with hostile category, series and title texts. */
@Route(value = "test/hostile-charts", autoLayout = false)
@PermitAll
class HostileChartsTestView extends Div {

    static final String HOSTILE = "Huyện <img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";

    HostileChartsTestView() {
        List<String> categories = List.of(HOSTILE, "Xã <b>đậm</b>", "Sở & Ban");
        List<ChartSpec.Series> two = List.of(new ChartSpec.Series(HOSTILE + " 2024", List.of(1, 2, 3)),
                new ChartSpec.Series("<svg onload=\"window.__xss=1\">", List.of(3, 2, 1)));
        add(chart("bar", ChartSpec.of(ChartSpec.Type.BAR, HOSTILE, categories, two)));
        add(chart("hbar", ChartSpec.of(ChartSpec.Type.BAR, HOSTILE, categories, two).withHorizontal(true)));
        add(chart("line", ChartSpec.of(ChartSpec.Type.LINE, HOSTILE, categories, two)));
        add(chart("donut", ChartSpec.of(ChartSpec.Type.DONUT, HOSTILE, categories, List.of(two.getFirst()))));
        setWidth("900px");
    }

    private static ApexChart chart(String id, ChartSpec spec) {
        ApexChart chart = new ApexChart(spec.withHeight(260));
        chart.setId("hostile-" + id);
        return chart;
    }
}

package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reformdesk.base.AppLocales;

import java.util.List;
import java.util.Locale;

/**
 * Our own small wrapper of ApexCharts: a custom element that draws the options it is given. Options are
 * built here from a {@link ChartSpec}; numbers in labels and tooltips follow the UI locale.
 */
@Tag("rd-apex-chart")
@NpmPackage(value = "apexcharts", version = "5.16.0")
@JsModule("./components/apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private ChartSpec spec;
    private @org.jspecify.annotations.Nullable String ariaLabel;

    public ApexChart(ChartSpec spec) {
        setWidthFull();
        setSpec(spec);
    }

    public ChartSpec getSpec() {
        return spec;
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setPropertyJson("options", toOptions(spec, getLocale()));
    }

    /**
     * What a screen reader says for the chart (it is one image to them), in the UI language. Without it the chart
     * is called by its title or its series' names ({@code shell.chart}).
     */
    public void setAriaLabel(String label) {
        this.ariaLabel = label;
        getElement().setAttribute("aria-label", label);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().setAttribute("role", "img");
        if (ariaLabel == null) {
            String what = !spec.title().isEmpty() ? spec.title()
                    : String.join(", ", spec.series().stream().map(ChartSpec.Series::name).toList());
            getElement().setAttribute("aria-label", getTranslation("shell.chart", what));
        }
        // the locale is known for sure once attached
        getElement().setPropertyJson("options", toOptions(spec, getLocale()));
    }

    static ObjectNode toOptions(ChartSpec spec, Locale locale) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode chart = o.putObject("chart");
        chart.put("type", spec.type().name().toLowerCase(Locale.ROOT));
        chart.put("height", spec.height());
        chart.put("stacked", spec.stacked());
        chart.putObject("toolbar").put("show", false);
        chart.putObject("animations").put("enabled", false);
        // the chart is ONE image to screen readers (role img, labelled in the UI language by the host element):
        // ApexCharts' own accessibility layer would put focusable legend buttons and a focusable SVG inside that
        // image (axe: nested-interactive) and speak English ("Press Enter or Space to toggle") in every language
        chart.putObject("accessibility").put("enabled", false);
        chart.put("fontFamily", "inherit");
        if (!spec.title().isEmpty()) {
            o.putObject("title").put("text", spec.title());
        }
        ObjectNode format = o.putObject("rdFormat");
        format.put("locale", AppLocales.supported(locale).toLanguageTag());
        format.put("suffix", spec.valueSuffix());
        format.put("decimals", spec.decimals());
        List<String> resolved = spec.resolvedColors();
        if (!resolved.isEmpty()) {
            ArrayNode colors = o.putArray("colors");
            resolved.forEach(colors::add);
        }
        if (spec.type() == ChartSpec.Type.DONUT) {
            ArrayNode labels = o.putArray("labels");
            spec.categories().forEach(labels::add);
            ArrayNode values = o.putArray("series");
            if (!spec.series().isEmpty()) {
                spec.series().getFirst().data().forEach(v -> addNumber(values, v));
            }
            o.putObject("legend").put("position", "bottom");
            return o;
        }
        ArrayNode series = o.putArray("series");
        for (ChartSpec.Series s : spec.series()) {
            ObjectNode node = series.addObject();
            node.put("name", s.name());
            if (s.type() != null) {
                node.put("type", s.type().name().toLowerCase(Locale.ROOT));
            }
            ArrayNode data = node.putArray("data");
            s.data().forEach(v -> addNumber(data, v));
        }
        ArrayNode categories = o.putObject("xaxis").putArray("categories");
        spec.categories().forEach(categories::add);
        if (spec.yMax() != null) {
            o.putObject("yaxis").put("max", spec.yMax()).put("min", 0);
        }
        o.putObject("plotOptions").putObject("bar").put("horizontal", spec.horizontal());
        o.putObject("dataLabels").put("enabled", spec.type() == ChartSpec.Type.BAR && spec.series().size() == 1);
        o.putObject("legend").put("position", "top");
        if (spec.type() == ChartSpec.Type.LINE || spec.type() == ChartSpec.Type.AREA) {
            o.putObject("stroke").put("width", 3).put("curve", "straight");
        }
        return o;
    }

    private static void addNumber(ArrayNode array, Number value) {
        if (value == null) {
            array.addNull();
        } else if (value instanceof Integer || value instanceof Long) {
            array.add(value.longValue());
        } else {
            array.add(value.doubleValue());
        }
    }
}

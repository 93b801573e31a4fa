package vn.reformdesk.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, in our own terms: a type, category labels and named series of numbers. The
 * {@link ApexChart} component turns it into ApexCharts options; views never write chart JSON.
 *
 * @param valueSuffix appended to values in labels and tooltips, e.g. "%"
 * @param decimals    fraction digits of values in labels and tooltips
 */
public record ChartSpec(Type type, String title, List<String> categories, List<Series> series, boolean horizontal,
                        boolean stacked, String valueSuffix, int decimals, List<String> colors, int height,
                        Double yMax) {

    public enum Type {
        BAR, LINE, AREA, DONUT, RADAR
    }

    /** A named series; {@code null} values are gaps (for example a unit with no data). */
    public record Series(String name, List<Number> data, Type type) {
        public Series(String name, List<? extends Number> data) {
            this(name, new ArrayList<>(data), null);
        }
    }

    public ChartSpec {
        Objects.requireNonNull(type);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colors = List.copyOf(colors);
    }

    public static ChartSpec of(Type type, String title, List<String> categories, List<Series> series) {
        return new ChartSpec(type, title, categories, series, false, false, "", 0, List.of(), 320, null);
    }

    public ChartSpec withHorizontal(boolean value) {
        return new ChartSpec(type, title, categories, series, value, stacked, valueSuffix, decimals, colors, height, yMax);
    }

    public ChartSpec withStacked(boolean value) {
        return new ChartSpec(type, title, categories, series, horizontal, value, valueSuffix, decimals, colors, height, yMax);
    }

    public ChartSpec withValueFormat(String suffix, int fractionDigits) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, suffix, fractionDigits, colors, height, yMax);
    }

    public ChartSpec withColors(List<String> value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, value, height, yMax);
    }

    public ChartSpec withHeight(int value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, colors, value, yMax);
    }

    public ChartSpec withYMax(Double value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, colors, height, value);
    }
}

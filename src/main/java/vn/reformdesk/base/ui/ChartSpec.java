package vn.reformdesk.base.ui;

import org.jspecify.annotations.Nullable;

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
                        @Nullable Double yMax, List<String> categoryKeys) {

    public enum Type {
        BAR, LINE, AREA, DONUT, RADAR
    }

    /**
     * A named series; {@code null} values are gaps (for example a unit with no data). {@code key} is what the
     * series stands for whatever its (translated) name, e.g. {@code "dossiers.late"}: it fixes the series'
     * colour on every page and for every unit ({@link SeriesColors}). Without a key the colour follows the
     * series' place in the chart.
     */
    public record Series(String name, List<Number> data, Type type, @Nullable String key) {
        public Series(String name, List<? extends Number> data) {
            this(name, new ArrayList<>(data), null, null);
        }

        public Series(String name, List<Number> data, @Nullable Type type) {
            this(name, data, type, null);
        }

        public static Series keyed(String key, String name, List<? extends Number> data) {
            return new Series(name, new ArrayList<>(data), null, key);
        }
    }

    /**
     * The colour of each series (of each slice, for a donut: keyed by {@code categoryKeys}), in order: the
     * explicit colours if any were given, else the colour of each key, else the palette by place.
     */
    public List<String> resolvedColors() {
        if (!colors.isEmpty()) {
            return colors;
        }
        if (type == Type.DONUT) {
            return SeriesColors.forKeys(categoryKeys.isEmpty() ? categories.stream().map(c -> (String) null).toList() : categoryKeys);
        }
        return SeriesColors.forKeys(series.stream().map(Series::key).toList());
    }

    /** Keys of the categories (for a donut, whose slices are its categories); see {@link Series#key()}. */
    public ChartSpec withCategoryKeys(List<String> value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, colors, height, yMax, value);
    }

    public ChartSpec {
        Objects.requireNonNull(type);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colors = List.copyOf(colors);
        categoryKeys = List.copyOf(categoryKeys);
    }

    public static ChartSpec of(Type type, String title, List<String> categories, List<Series> series) {
        return new ChartSpec(type, title, categories, series, false, false, "", 0, List.of(), 320, null, List.of());
    }

    public ChartSpec withHorizontal(boolean value) {
        return new ChartSpec(type, title, categories, series, value, stacked, valueSuffix, decimals, colors, height, yMax, categoryKeys);
    }

    public ChartSpec withStacked(boolean value) {
        return new ChartSpec(type, title, categories, series, horizontal, value, valueSuffix, decimals, colors, height, yMax, categoryKeys);
    }

    public ChartSpec withValueFormat(String suffix, int fractionDigits) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, suffix, fractionDigits, colors, height, yMax, categoryKeys);
    }

    public ChartSpec withColors(List<String> value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, value, height, yMax, categoryKeys);
    }

    public ChartSpec withHeight(int value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, colors, value, yMax, categoryKeys);
    }

    public ChartSpec withYMax(Double value) {
        return new ChartSpec(type, title, categories, series, horizontal, stacked, valueSuffix, decimals, colors, height, value, categoryKeys);
    }
}

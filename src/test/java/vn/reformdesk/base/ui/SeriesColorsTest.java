package vn.reformdesk.base.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesColorsTest {

    private static ChartSpec lines(String... keys) {
        List<ChartSpec.Series> series = java.util.Arrays.stream(keys)
                .map(k -> ChartSpec.Series.keyed(k, "name of " + k, List.of(1, 2))).toList();
        return ChartSpec.of(ChartSpec.Type.LINE, "", List.of("2023", "2024"), series);
    }

    @Test
    void aSeriesKeepsItsColourWhateverOtherSeriesAChartShows() {
        // one unit has all national result kinds, another lacks the first: the others keep their colours
        List<String> all = lines("rankings.national.PAR_INDEX", "rankings.national.SIPAS", "rankings.national.PAPI").resolvedColors();
        List<String> fewer = lines("rankings.national.SIPAS", "rankings.national.PAPI").resolvedColors();
        assertThat(fewer).containsExactly(all.get(1), all.get(2));
        assertThat(lines("rankings.national.PAPI", "rankings.national.SIPAS").resolvedColors()).containsExactly(all.get(2), all.get(1));
    }

    @Test
    void seriesOfOneChartNeverShareAColourAndMeaningfulKeysHaveTheirOwn() {
        List<String> levels = lines("dossiers.level.LEVEL_2", "dossiers.level.LEVEL_3", "dossiers.level.LEVEL_4",
                "dossiers.level.FULL_ONLINE", "dossiers.level.PARTIAL_ONLINE", "dossiers.early", "dossiers.late").resolvedColors();
        assertThat(levels).doesNotHaveDuplicates();
        assertThat(levels.get(5)).isEqualTo("#2e7d32");
        assertThat(levels.get(6)).isEqualTo("#c62828");
        assertThat(SeriesColors.of("dossiers.late")).isEqualTo("#c62828");
        // keys nobody named: still distinct within a chart
        assertThat(lines("a", "b", "c", "d", "e", "f", "g", "h").resolvedColors()).doesNotHaveDuplicates();
    }

    @Test
    void seriesWithoutKeysTakeThePaletteByPlaceAndExplicitColoursWin() {
        ChartSpec plain = ChartSpec.of(ChartSpec.Type.BAR, "", List.of("a"),
                List.of(new ChartSpec.Series("x", List.of(1)), new ChartSpec.Series("y", List.of(2))));
        assertThat(plain.resolvedColors()).containsExactly(SeriesColors.PALETTE.get(0), SeriesColors.PALETTE.get(1));
        assertThat(plain.withColors(List.of("#111111", "#222222")).resolvedColors()).containsExactly("#111111", "#222222");
    }

    @Test
    void aDonutColoursItsSlicesByCategoryKeyAndTheOptionsCarryTheColours() {
        ChartSpec two = ChartSpec.of(ChartSpec.Type.DONUT, "", List.of("Xã", "Phường"),
                List.of(new ChartSpec.Series("n", List.of(3, 4)))).withCategoryKeys(List.of("unit.kind.XA", "unit.kind.PHUONG"));
        ChartSpec one = ChartSpec.of(ChartSpec.Type.DONUT, "", List.of("Phường"),
                List.of(new ChartSpec.Series("n", List.of(4)))).withCategoryKeys(List.of("unit.kind.PHUONG"));
        assertThat(one.resolvedColors()).containsExactly(two.resolvedColors().get(1));
        assertThat(ApexChart.toOptions(two, Locale.of("vi")).get("colors").toString())
                .isEqualTo("[\"" + two.resolvedColors().get(0) + "\",\"" + two.resolvedColors().get(1) + "\"]");
    }
}

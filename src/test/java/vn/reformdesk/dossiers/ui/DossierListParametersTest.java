package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import vn.reformdesk.dossiers.DossierKpi;
import vn.reformdesk.dossiers.DossierListKind;
import vn.reformdesk.dossiers.DossierListService.Filter;
import vn.reformdesk.dossiers.DossierListService.Sort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier list's state survives the URL both ways, and values it does not know are dropped and named, never thrown. */
class DossierListParametersTest {

    private static final QueryParameters BASE = QueryParameters.simple(Map.of("unit", "892", "period", "2024"));

    @Test
    void everyFilterTheSortAndTheIdSearchGoThroughTheUrlAndBack() {
        Filter f = new Filter("LAND", "COMMUNE", DossierKpi.Status.LATE, "ONLINE", "G2024-1", DossierKpi.Part.BELOW);
        QueryParameters url = DossierListParameters.write(BASE, DossierListKind.RESOLVED, f, Sort.DAYS_LATE, false);
        assertThat(url.getQueryString()).contains("unit=892").contains("period=2024").contains("list=resolved").contains("part=below")
                .contains("status=LATE").contains("sort=days-late").contains("dir=desc");
        DossierListParameters read = DossierListParameters.read(QueryParameters.fromString(url.getQueryString()));
        assertThat(read.kind()).isEqualTo(DossierListKind.RESOLVED);
        assertThat(read.filter()).isEqualTo(f);
        assertThat(read.sort()).isEqualTo(Sort.DAYS_LATE);
        assertThat(read.ascending()).isFalse();
        assertThat(read.ignored()).isEmpty();
        // the default order and an empty filter leave nothing but the list in the URL
        assertThat(DossierListParameters.write(BASE, DossierListKind.OVERDUE, Filter.NONE, null, true).getParameters().keySet())
                .containsExactlyInAnyOrder("unit", "period", "list");
    }

    @Test
    void unknownValuesAreIgnoredAndNamedWhileTheValidOnesAreKept() {
        DossierListParameters read = DossierListParameters.read(QueryParameters.fromString(
                "unit=892&period=2024&list=nonsense&status=BOGUS&channel=online&field=MOON&desk=&part=middle&sort=nothing&dir=up"
                        + "&id=" + "9".repeat(80)));
        assertThat(read.kind()).isNull();
        assertThat(read.filter()).isEqualTo(new Filter(null, null, null, "ONLINE", null, null));
        assertThat(read.sort()).isNull();
        assertThat(read.ascending()).isTrue();
        assertThat(read.ignored()).containsExactly("list=nonsense", "field=MOON", "status=BOGUS", "id=" + "9".repeat(64) + "…",
                "part=middle", "sort=nothing", "dir=up");
        assertThat(DossierListParameters.read(QueryParameters.fromString("unit=892")).ignored()).isEqualTo(List.of());
    }
}

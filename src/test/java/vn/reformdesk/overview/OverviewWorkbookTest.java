package vn.reformdesk.overview;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Overview's Excel download read back: each sheet's header block and figures equal what the services give. */
@DatabaseTest
class OverviewWorkbookTest {

    private static final Locale VI = AppLocales.VIETNAMESE;
    private static final Period YEAR_2019 = Period.year(2019);

    @Autowired
    OverviewWorkbook workbook;
    @Autowired
    UnitService units;
    @Autowired
    List<OverviewCard> cards;
    @Autowired
    ReportingClock clock;
    @Autowired
    vn.reformdesk.dossiers.DossierKpiService dossierKpis;

    @Test
    void theOverviewWorkbookCarriesTheUnitsAndEveryCardsFiguresAsTheServicesGiveThem() throws Exception {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", YEAR_2019).orElseThrow());
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(workbook.tables(province, YEAR_2019, VI)));
        var counts = AsUser.call(AsUser.chair(), () -> units.childCountsByKind(province.id(), YEAR_2019));
        List<OverviewCard.Figures> expected = AsUser.call(AsUser.chair(), () -> cards.stream()
                .sorted(java.util.Comparator.comparingInt(OverviewCard::order))
                .map(c -> c.figures(province, YEAR_2019, VI)).flatMap(Optional::stream).toList());
        assertThat(counts).isNotEmpty();
        assertThat(expected).extracting(OverviewCard.Figures::title)
                .contains(AppI18NProvider.text("dossiers.card.title", VI));

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            for (Sheet sheet : sheets) {
                List<Row> rows = sheet.read();
                assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(province, VI)).contains("89").contains("2019");
                assertThat(rows.get(1).getCellText(0)).contains("31/12/2019");
            }
            List<Row> unitRows = sheets.getFirst().read();
            assertThat(sheets.getFirst().getName()).isEqualTo(AppI18NProvider.text("overview.units.title", VI));
            List<Row> data = unitRows.subList(3, unitRows.size());
            assertThat(data).hasSize(counts.size());
            for (int i = 0; i < counts.size(); i++) {
                assertThat(data.get(i).getCellText(0)).isEqualTo(UnitNames.kind(counts.get(i).kind(), VI));
                assertThat(data.get(i).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(counts.get(i).count()));
            }

            for (OverviewCard.Figures f : expected) {
                Sheet sheet = sheets.stream().filter(s -> s.getName().equals(f.title().length() > 28 ? f.title().substring(0, 28) : f.title()))
                        .findFirst().orElseThrow(() -> new AssertionError("no sheet for " + f.title()));
                List<Row> rows = sheet.read();
                List<Row> figures = rows.subList(3, rows.size());
                assertThat(figures).hasSize(f.rows().size());
                for (int i = 0; i < f.rows().size(); i++) {
                    OverviewCard.Figure want = f.rows().get(i);
                    assertThat(figures.get(i).getCellText(0)).isEqualTo(want.label());
                    switch (want.value()) {
                        case null -> assertThat(figures.get(i).getCellText(1)).isEmpty();
                        case Number n -> assertThat(figures.get(i).getCellAsNumber(1).orElseThrow())
                                .isEqualByComparingTo(new BigDecimal(n.toString()));
                        default -> assertThat(figures.get(i).getCellText(1)).isEqualTo(want.value().toString());
                    }
                }
            }
            // the dossier card's "received" is the dossier service's own figure
            long received = AsUser.call(AsUser.chair(), () -> dossierKpis.summary(units.readable(province), YEAR_2019).current().received());
            assertThat(received).isPositive();
            Sheet dossiers = sheets.stream().filter(s -> s.getName().equals(AppI18NProvider.text("dossiers.card.title", VI))).findFirst().orElseThrow();
            Row first = dossiers.read().get(3);
            assertThat(first.getCellText(0)).isEqualTo(AppI18NProvider.text("dossiers.tile.received", VI));
            assertThat(first.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(received));
        }
        assertThat(clock.asOf(YEAR_2019)).isEqualTo(java.time.LocalDate.of(2019, 12, 31));
    }
}

package vn.reformdesk.targets.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.targets.TargetChange;
import vn.reformdesk.targets.TargetService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets page's download read back: every target in force and every change, as the target service gives them. */
@DatabaseTest
class TargetsExportTest {

    private static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    TargetService targets;
    @Autowired
    List<FieldScorecard> fields;
    @Autowired
    TestUnits testUnits;

    @Test
    void theTargetsWorkbookHoldsEveryTargetInForceAndEveryChangeOfTheUnit() throws Exception {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        UnitRef district = t.district(0);
        List<FieldScorecard> sorted = fields.stream().sorted(Comparator.comparingInt(FieldScorecard::order)).toList();
        MeasureDef def = sorted.stream().flatMap(f -> f.definitions().stream()).findFirst().orElseThrow();
        AsUser.run(AsUser.secretariat(), () -> targets.set(def.targetId(), district, 2026, def.comparison(), 42.5));

        byte[] xlsx = AsUser.call(AsUser.secretariat(), () -> TableWorkbook.write(TargetsExport.tables(targets, sorted, district, 2026,
                LocalDate.of(2026, 11, 30), VI)));
        List<TargetsView.Line> lines = AsUser.call(AsUser.secretariat(), () -> TargetsExport.lines(targets, sorted, district, 2026));
        List<TargetChange> history = AsUser.call(AsUser.secretariat(), () -> targets.history(district, TargetsExport.HISTORY));
        assertThat(lines).isNotEmpty();
        assertThat(history).isNotEmpty();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(2);
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).contains(district.name()).contains(district.code()).contains("2026");
            assertThat(rows.get(1).getCellText(0)).contains("30/11/2026");
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                TargetsView.Line l = lines.get(i);
                Row r = data.get(i);
                assertThat(r.getCellText(1)).isEqualTo(AppI18NProvider.text(l.def().labelKey(), VI, ""));
                if (l.value().effective() == null) {
                    assertThat(r.getCellText(2)).isEmpty();
                } else {
                    assertThat(r.getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(l.value().effective().value());
                }
                if (l.value().own() == null) {
                    assertThat(r.getCellText(4)).isEmpty();
                } else {
                    assertThat(r.getCellAsNumber(4).orElseThrow().doubleValue()).isEqualTo(l.value().own());
                }
            }
            // the unit's own target set above is in force and listed as its own
            assertThat(data.getFirst().getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(42.5);
            assertThat(data.getFirst().getCellAsNumber(4).orElseThrow().doubleValue()).isEqualTo(42.5);

            List<Row> changes = sheets.get(1).read();
            List<Row> changeData = changes.subList(3, changes.size());
            assertThat(changeData).hasSize(history.size());
            assertThat(changeData.getFirst().getCellText(3)).isEqualTo(district.name());
            assertThat(changeData.getFirst().getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(2026);
            assertThat(changeData.getFirst().getCellAsNumber(6).orElseThrow().doubleValue()).isEqualTo(42.5);
        }
    }
}

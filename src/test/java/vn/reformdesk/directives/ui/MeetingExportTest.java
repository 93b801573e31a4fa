package vn.reformdesk.directives.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveForm;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.DirectiveStatus;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.MeetingForm;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's Excel download read back against the directive queries: this meeting's directives and the previous
 * meeting's with how many are done, on the day asked; a past day (before the report came in) shows what was known then.
 */
@DatabaseTest
class MeetingExportTest {

    private static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    DirectiveService service;
    @Autowired
    DirectiveQueries queries;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theMeetingWorkbookHoldsBothMeetingsDirectivesAsTheQueriesGiveThemOnTheDayAskedIncludingAPastDay() throws Exception {
        clock.setToday(LocalDate.of(2026, 7, 20));
        TestUnits.Tree t = testUnits.province(2, 0, 0);
        Meeting first = AsUser.call(AsUser.secretariat(), () -> service.openMeeting(t.province(),
                new MeetingForm(LocalDate.of(2026, 7, 10), "2026-H1", "Họp sơ kết 6 tháng", "Chủ tịch UBND tỉnh", "Các thành viên", "12/BB-BCĐ")));
        Directive a = AsUser.call(AsUser.secretariat(), () -> service.addDirective(first.id(),
                new DirectiveForm("Nâng tỷ lệ hồ sơ trực tuyến lên 50%", t.district(0).id(), LocalDate.of(2026, 9, 30), "dossiers.online-share")));
        AsUser.call(AsUser.secretariat(), () -> service.addDirective(first.id(),
                new DirectiveForm("Hoàn thành 3 nhiệm vụ quá hạn", t.district(1).id(), LocalDate.of(2026, 8, 15), "plans.overdue-tasks")));
        clock.setToday(LocalDate.of(2026, 8, 20));
        AsUser.run(AsUser.leaderOf(t.district(0)), () -> service.changeStatus(a.id(), DirectiveStatus.DONE, LocalDate.of(2026, 8, 5),
                "Báo cáo số 45/BC-UBND", "đạt 52%"));
        Meeting next = AsUser.call(AsUser.secretariat(), () -> service.openMeeting(t.province(),
                new MeetingForm(LocalDate.of(2026, 8, 20), "2026-9M", "Họp giao ban quý III", "Phó Chủ tịch UBND tỉnh", "", "")));
        AsUser.call(AsUser.secretariat(), () -> service.addDirective(next.id(),
                new DirectiveForm("Rà soát hồ sơ trễ hạn", t.district(1).id(), LocalDate.of(2026, 10, 31), "dossiers.online-share")));

        // today (20 August): 1 of 2 done, the second overdue
        try (ReadableWorkbook wb = read(next, LocalDate.of(2026, 8, 20))) {
            List<Sheet> s = wb.getSheets().toList();
            assertThat(s).hasSize(2);
            List<Row> own = s.get(0).read();
            assertThat(own.get(0).getCellText(0)).contains("Họp giao ban quý III").contains(t.province().name()).contains(t.province().code());
            assertThat(own.get(1).getCellText(0)).contains("20/08/2026");
            assertThat(own.get(2).getCellText(0)).contains("20/08/2026");
            compare(own.subList(4, own.size()), AsUser.call(AsUser.chair(), () -> queries.directives(next.id(), LocalDate.of(2026, 8, 20))));
            List<Row> previous = s.get(1).read();
            assertThat(previous.get(0).getCellText(0)).contains("Họp sơ kết 6 tháng");
            assertThat(previous.get(1).getCellText(0)).contains("12/BB-BCĐ");
            assertThat(previous.get(3).getCellText(0)).contains("1/2");
            List<Directive> then = AsUser.call(AsUser.chair(), () -> queries.directives(first.id(), LocalDate.of(2026, 8, 20)));
            compare(previous.subList(5, previous.size()), then);
            assertThat(previous.get(5).getCellText(5)).isEqualTo(AppI18NProvider.text("directives.status.DONE", VI));
            assertThat(previous.get(6).getCellText(8)).isEqualTo(AppI18NProvider.text("directives.overdue", VI));
        }
        // a past day, 1 August: nothing done yet, nothing overdue
        try (ReadableWorkbook wb = read(next, LocalDate.of(2026, 8, 1))) {
            List<Row> previous = wb.getSheets().toList().get(1).read();
            assertThat(previous.get(2).getCellText(0)).contains("01/08/2026");
            assertThat(previous.get(3).getCellText(0)).contains("0/2");
            List<Directive> then = AsUser.call(AsUser.chair(), () -> queries.directives(first.id(), LocalDate.of(2026, 8, 1)));
            compare(previous.subList(5, previous.size()), then);
            assertThat(previous.get(5).getCellText(5)).isNotEqualTo(AppI18NProvider.text("directives.status.DONE", VI));
            assertThat(previous.get(6).getCellText(8)).isEmpty();
        }
    }

    private ReadableWorkbook read(Meeting m, LocalDate day) throws Exception {
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(MeetingExport.tables(queries, m, day, VI)));
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static void compare(List<Row> rows, List<Directive> directives) {
        assertThat(rows).hasSize(directives.size());
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            Row r = rows.get(i);
            assertThat(r.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(d.seq());
            assertThat(r.getCellText(2)).isEqualTo(d.text());
            assertThat(r.getCellText(3)).isEqualTo(d.responsibleName());
            assertThat(r.getCellAsDate(4).orElseThrow().toLocalDate()).isEqualTo(d.deadline());
            assertThat(r.getCellText(5)).isEqualTo(AppI18NProvider.text("directives.status." + d.status().name(), VI));
            assertThat(r.getCellText(8)).isEqualTo(d.overdue() ? AppI18NProvider.text("directives.overdue", VI) : "");
        }
    }
}

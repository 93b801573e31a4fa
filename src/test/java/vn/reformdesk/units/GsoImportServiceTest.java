package vn.reformdesk.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DatabaseTest
class GsoImportServiceTest {

    private static final String HEADER = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n";

    @Autowired
    GsoImportService importer;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRealStatisticsOfficeListImportsCompletelyAndTwiceChangesNothing() throws IOException {
        Path file = Path.of(System.getProperty("shared.dir", "../shared"), "data", "gso", "Xa_2025-01-04.csv");
        assumeTrue(Files.exists(file), "shared GSO list not present: " + file);
        byte[] content = Files.readAllBytes(file);

        var first = AsUser.call(AsUser.admin(), () -> importer.importCsv(content));
        // 10,056 rows: 10,051 communes and 5 island districts without communes (Bạch Long Vĩ, Cồn Cỏ,
        // Hoàng Sa, Lý Sơn, Côn Đảo), which the list carries as rows of level "Huyện"
        assertThat(first.provinces()).isEqualTo(63);
        assertThat(first.districts()).isEqualTo(696);
        assertThat(first.communes()).isEqualTo(10_051);

        var second = AsUser.call(AsUser.admin(), () -> importer.importCsv(content));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(63 + 696 + 10_051);

        Integer communesInDb = jdbc.queryForObject("select count(*) from unit where tier = 'COMMUNE' and valid_from is null and code ~ '^[0-9]{5}$' and code < '99000'", Integer.class);
        assertThat(communesInDb).isEqualTo(10_051);
        Integer lySon = jdbc.queryForObject("select count(*) from unit c join unit d on c.parent_id = d.id where d.code = '536'", Integer.class);
        assertThat(lySon).isZero();

        AsUser.run(AsUser.chair(), () -> {
            UnitRef chauThanh = units.findByCode("892", Period.year(2024)).orElseThrow();
            assertThat(chauThanh.name()).isEqualTo("Huyện Châu Thành");
            assertThat(units.pathOf(chauThanh).getFirst().name()).isEqualTo("Tỉnh An Giang");
            var communes = units.children(chauThanh.id(), Period.year(2024));
            assertThat(communes).hasSize(13);
            assertThat(communes).extracting(UnitRef::name).contains("Thị trấn An Châu", "Xã Cần Đăng", "Xã Vĩnh Hanh",
                    "Xã Bình Hòa", "Xã Vĩnh An", "Xã Hòa Bình Thạnh", "Xã Vĩnh Lợi", "Xã Tân Phú", "Xã Vĩnh Thành");
            assertThat(communes.getFirst().code()).isEqualTo("30589");
            assertThat(communes.getLast().code()).isEqualTo("30625");
        });
    }

    @Test
    void aFileWithABomImportsLikeOneWithout() {
        String body = HEADER + "Tỉnh Bom Thử,97,Huyện Một,991,Xã Một,99101,Xã,\n";
        byte[] withBom = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8);
        var r = AsUser.call(AsUser.admin(), () -> importer.importCsv(withBom));
        assertThat(r.provinces()).isEqualTo(1);
        var again = AsUser.call(AsUser.admin(), () -> importer.importCsv(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.created()).isZero();
    }

    @Test
    void aRenamedCommuneIsUpdatedInPlace() {
        String v1 = HEADER + "Tỉnh Đổi Tên,98,Huyện Hai,992,Xã Cũ,99201,Xã,\n";
        String v2 = HEADER + "Tỉnh Đổi Tên,98,Huyện Hai,992,Phường Mới,99201,Phường,New Ward\n";
        AsUser.run(AsUser.admin(), () -> importer.importCsv(v1.getBytes(StandardCharsets.UTF_8)));
        var r = AsUser.call(AsUser.admin(), () -> importer.importCsv(v2.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select kind || ' ' || name || ' ' || name_en from unit where code = '99201'", String.class))
                .isEqualTo("PHUONG Phường Mới New Ward");
    }

    @Test
    void aTwoLevelListWithAValidityDateLeavesTheOldUnitsAlone() {
        String old = HEADER + "Tỉnh Hai Cấp,99,Huyện Ba,993,Xã Bốn,99301,Xã,\n";
        String twoLevel = HEADER + "Tỉnh Hai Cấp,99,,,Xã Bốn Mới,99301,Xã,\n";
        AsUser.run(AsUser.admin(), () -> importer.importCsv(old.getBytes(StandardCharsets.UTF_8)));
        var r = AsUser.call(AsUser.admin(), () -> importer.importCsv(twoLevel.getBytes(StandardCharsets.UTF_8), LocalDate.of(2025, 7, 1)));
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.districts()).isZero();
        assertThat(jdbc.queryForList("select name from unit where code = '99301' order by valid_from nulls first", String.class))
                .containsExactly("Xã Bốn", "Xã Bốn Mới");
        assertThat(jdbc.queryForObject("select p.code from unit c join unit p on c.parent_id = p.id where c.name = 'Xã Bốn Mới'", String.class))
                .isEqualTo("99");
    }

    @Test
    void badRowsAreAllReportedWithTheirLinesAndNothingIsWritten() {
        String bad = HEADER
                + "Tỉnh Lỗi,90,Huyện A,994,Xã A,99401,Xã,\n"          // line 2: fine
                + "Tỉnh Lỗi,9X,Huyện A,994,Xã B,99402,Xã,\n"          // line 3: province code
                + "Tỉnh Lỗi,90,Huyện A,994,,99403,Xã,\n"              // line 4: empty commune name
                + "Tỉnh Lỗi,90,Huyện A,994,Xã C,99401,Xã,\n"          // line 5: duplicate commune code
                + "Tỉnh Lỗi,90,Huyện A,994,Xã D,99404,Ấp,\n"          // line 6: unknown level
                + "Tỉnh Lỗi Khác,90,Huyện A,994,Xã E,99405,Xã,\n";    // line 7: same code, other name
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> importer.importCsv(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6, 7);
                    assertThat(e.errors().get(2).message()).contains("99401").contains("line 2");
                    assertThat(e.errors().get(3).column()).isEqualTo("Cấp");
                });
        assertThat(jdbc.queryForObject("select count(*) from unit where code in ('90', '994') or code like '994__'", Integer.class)).isZero();
    }

    @Test
    void wrongColumnsNonUtf8AndEmptyFilesAreRejected() {
        byte[] wrongHeader = "Province,Code\nAn Giang,89\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> importer.importCsv(wrongHeader)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors().getFirst().line()).isEqualTo(1);
                    assertThat(e.errors().getFirst().message()).contains("missing column").contains("Mã TP");
                });
        byte[] latin = (HEADER + "Tỉnh Á,88,Huyện Á,995,Xã Á,99501,Xã,\n").getBytes(Charset.forName("windows-1258"));
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> importer.importCsv(latin)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors().getFirst().message()).contains("not UTF-8"));
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> importer.importCsv(HEADER.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors().getFirst().message()).contains("no rows"));
    }

    @Test
    void onlyTheAdministratorImports() {
        byte[] ok = (HEADER + "Tỉnh Quyền,85,Huyện Q,996,Xã Q,99601,Xã,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> importer.importCsv(ok))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.chair(), () -> importer.importCsv(ok))).isInstanceOf(AccessDeniedException.class);
    }
}

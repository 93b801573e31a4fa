package vn.reformdesk.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The conversion table of 1 July 2025. Imports that would change the shared demo database run in a transaction
 * that is rolled back at the end, so other tests keep seeing the demo's structure.
 */
@DatabaseTest
class ConversionImportServiceTest {

    private static final Path GSO = Path.of(System.getProperty("shared.dir", "../shared"), "data", "gso");
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Autowired
    ConversionImportService conversion;
    @Autowired
    GsoImportService gso;
    @Autowired
    UnitService units;
    @Autowired
    UnitLineageService lineage;
    @Autowired
    UnitAdminService admin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private <T> T rolledBack(Supplier<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            return AsUser.call(AsUser.admin(), work::get);
        });
    }

    @Test
    void theJanuaryListThenTheAnGiangConversionGiveOneNewProvinceOf102UnitsAndEndTheOldOnes() throws IOException {
        Path list = GSO.resolve("Xa_2025-01-04.csv");
        Path table = GSO.resolve("BangChuyenDoi_2025-07-01_AnGiang.csv");
        assumeTrue(Files.exists(list) && Files.exists(table), "shared GSO files not present: " + GSO);
        byte[] listBytes = Files.readAllBytes(list);
        byte[] tableBytes = Files.readAllBytes(table);
        rolledBack(() -> {
            gso.importCsv(listBytes);
            var first = conversion.importTable(tableBytes, null);
            assertThat(first.effective()).isEqualTo(JULY_1);
            assertThat(first.rows()).isEqualTo(302);
            assertThat(first.newProvinces()).isEqualTo(1);
            assertThat(first.newUnits()).isEqualTo(102);

            Period y2026 = Period.year(2026);
            List<UnitRef> anGiang = units.roots(y2026).stream().filter(u -> u.code().equals("91")).toList();
            assertThat(anGiang).extracting(UnitRef::name).containsExactly("Tỉnh An Giang");
            assertThat(units.roots(y2026)).extracting(UnitRef::code).doesNotContain("89");
            List<UnitRef> below = units.children(anGiang.getFirst().id(), y2026);
            assertThat(below).filteredOn(u -> u.tier() == UnitTier.COMMUNE).hasSize(102);
            assertThat(below).noneMatch(u -> u.tier() == UnitTier.DISTRICT);
            assertThat(below).extracting(UnitRef::name).contains("Đặc khu Thổ Châu", "Phường Mỹ Thới").doesNotContain("Phường Mỹ Thới ");
            UnitRef oldAnGiang = units.resolve("89", JUNE_30).orElseThrow();
            UnitRef oldKienGiang = units.resolve("91", JUNE_30).orElseThrow();
            assertThat(oldKienGiang.name()).isEqualTo("Tỉnh Kiên Giang");
            assertThat(oldAnGiang.validTo()).isEqualTo(JUNE_30);
            assertThat(oldKienGiang.validTo()).isEqualTo(JUNE_30);
            assertThat(units.resolve("892", JUNE_30).orElseThrow().validTo()).isEqualTo(JUNE_30);
            assertThat(units.resolve("892", JULY_1)).isEmpty();
            Integer stillOpen = jdbc.queryForObject("select count(*) from unit where tier <> 'DEPARTMENT' and (path like ? or path like ?)"
                    + " and (valid_to is null or valid_to > ?)", Integer.class, oldAnGiang.path() + "%", oldKienGiang.path() + "%", JUNE_30);
            assertThat(stillOpen).isZero();

            UnitRef anChau = units.resolve("30589", JULY_1).orElseThrow();
            assertThat(anChau.name()).isEqualTo("Xã An Châu");
            assertThat(lineage.predecessors(anChau.id())).extracting(l -> l.unit().code(), l -> l.unit().name())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("30589", "Thị trấn An Châu"),
                            org.assertj.core.groups.Tuple.tuple("30613", "Xã Hòa Bình Thạnh"),
                            org.assertj.core.groups.Tuple.tuple("30625", "Xã Vĩnh Thành"));
            UnitRef vinhHanh = units.resolve("30619", JULY_1).orElseThrow();
            assertThat(vinhHanh.name()).isEqualTo("Xã Vĩnh Hanh");
            assertThat(lineage.predecessors(vinhHanh.id())).extracting(l -> l.unit().code() + " " + l.unit().name())
                    .containsExactlyInAnyOrder("30598 Xã Vĩnh Hanh", "30619 Xã Vĩnh Nhuận");
            // an old commune merged in part has several successors
            UnitRef phuocHung = units.resolve("30358", JUNE_30).orElseThrow();
            assertThat(lineage.successors(phuocHung.id())).extracting(l -> l.unit().name())
                    .containsExactlyInAnyOrder("Xã An Phú", "Xã Nhơn Hội", "Xã Phú Hữu");
            assertThat(lineage.successors(phuocHung.id())).allMatch(l -> l.share() == LinkShare.PART);
            assertThat(lineage.successors(oldKienGiang.id())).extracting(l -> l.unit().id()).containsExactly(anGiang.getFirst().id());

            // history: whole merges count fully, a unit that took part of an old commune is approximate
            assertThat(lineage.figureScope(anChau).ids()).hasSize(4);
            assertThat(lineage.figureScope(anChau).approximate()).isFalse();
            UnitRef nhonHoi = units.resolve("30346", JULY_1).orElseThrow();
            assertThat(lineage.figureScope(nhonHoi).approximate()).isTrue();
            assertThat(lineage.sourcesFor(nhonHoi, Period.year(2024)).sources()).hasSize(4);
            // pending dossiers: an old commune merged in part counts, from 1 July, in one successor only (no same
            // code among An Phú 30337, Nhơn Hội 30346, Phú Hữu 30352: the lowest code), and nothing moves before 1 July
            UnitRef anPhu = units.resolve("30337", JULY_1).orElseThrow();
            assertThat(lineage.stockShares(anPhu, JULY_1).flowsOnly()).doesNotContain(phuocHung.id());
            assertThat(lineage.stockShares(anPhu, JULY_1).heirOfPart()).isTrue();
            assertThat(lineage.stockShares(nhonHoi, JULY_1).flowsOnly()).contains(phuocHung.id());
            assertThat(lineage.stockShares(nhonHoi, JUNE_30)).isEqualTo(StockShares.NONE);
            assertThat(lineage.stockShares(anChau, JULY_1).flowsOnly()).isEmpty();
            // an old district's own desk goes to one of the communes its territory went into
            UnitRef anPhuDistrict = units.resolve("886", JUNE_30).orElseThrow();
            long heirs = lineage.successors(anPhuDistrict.id()).stream()
                    .filter(l -> lineage.stockShares(l.unit(), JULY_1).stocksOnly().contains(-anPhuDistrict.id())).count();
            assertThat(heirs).isEqualTo(1);
            // the special zone's free-text note is kept
            UnitRef thoChau = units.resolve("31105", JULY_1).orElseThrow();
            assertThat(thoChau.kind()).isEqualTo("DAC_KHU");
            assertThat(lineage.predecessors(thoChau.id())).singleElement()
                    .satisfies(l -> assertThat(l.note()).startsWith("Sắp xếp toàn bộ xã Thổ Châu"));

            var second = conversion.importTable(tableBytes, null);
            assertThat(second.changes()).isZero();
            return null;
        });
    }

    @Test
    void aFileWithOneBadLineChangesNothingAndNamesTheLine() throws IOException {
        Path table = GSO.resolve("BangChuyenDoi_2025-07-01_AnGiang.csv");
        assumeTrue(Files.exists(table), "shared GSO files not present: " + GSO);
        String text = Files.readString(table, StandardCharsets.UTF_8);
        String bad = text.replace("Xã Vĩnh Hanh,30619,Xã Vĩnh Nhuận,30619", "Xã Vĩnh Hanh,30619,Xã Vĩnh Nhuận,3O619");
        int badLine = 1 + (int) text.substring(0, text.indexOf("Xã Vĩnh Hanh,30619,Xã Vĩnh Nhuận")).chars().filter(c -> c == '\n').count();
        Integer unitsBefore = jdbc.queryForObject("select count(*) from unit", Integer.class);
        Integer linksBefore = jdbc.queryForObject("select count(*) from unit_link", Integer.class);
        assertThatThrownBy(() -> AsUser.call(AsUser.admin(), () -> conversion.importTable(bad.getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().getFirst().line()).isEqualTo(badLine);
                    assertThat(e.errors().getFirst().message()).contains("3O619");
                });
        assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isEqualTo(unitsBefore);
        assertThat(jdbc.queryForObject("select count(*) from unit_link", Integer.class)).isEqualTo(linksBefore);
    }

    @Test
    void theDemoWentThroughTheConversionAndReimportingItChangesNothing() throws IOException {
        byte[] demo = new org.springframework.core.io.ClassPathResource(UnitsDemoData.CONVERSION).getContentAsByteArray();
        var again = rolledBack(() -> conversion.importTable(demo, null));
        assertThat(again.changes()).isZero();
        AsUser.run(AsUser.chair(), () -> {
            // a dossier received on 30 June 2025 for 30589 belongs to the old town, one received on 1 July to the new commune
            assertThat(units.resolve("30589", JUNE_30).orElseThrow().name()).isEqualTo("Thị trấn An Châu");
            assertThat(units.resolve("30589", JULY_1).orElseThrow().name()).isEqualTo("Xã An Châu");
            UnitRef province = units.startUnit(Period.year(2026)).orElseThrow();
            assertThat(province.code()).isEqualTo("91");
            // the departments stay with the continuing province
            assertThat(units.children(province.id(), Period.year(2026))).extracting(UnitRef::code).contains("89-SNV", "30589", "31105");
            assertThat(units.startUnit(Period.year(2024)).orElseThrow().code()).isEqualTo("89");
            UnitRef chauThanh = units.findByCode("892", Period.year(2026)).orElseThrow();
            assertThat(chauThanh.validTo()).isEqualTo(JUNE_30);
            assertThat(lineage.successors(chauThanh.id())).extracting(l -> l.unit().code())
                    .contains("30589", "30595", "30619").allMatch(c -> c.startsWith("30"));
        });
    }

    @Test
    void aCodeNamingTwoUnitsOnTheDayIsAnErrorNamingBoth() {
        TestCodes codes = new TestCodes();
        AsUser.run(AsUser.admin(), () -> {
            UnitRef a = admin.create(new UnitAdminService.NewUnit(codes.code, "Tỉnh Thứ Nhất", null, UnitTier.PROVINCE, "TINH", null, null, null));
            admin.create(new UnitAdminService.NewUnit(codes.code, "Tỉnh Thứ Hai", null, UnitTier.PROVINCE, "TINH", null,
                    LocalDate.of(2020, 1, 1), null));
            assertThat(units.resolve(codes.code, LocalDate.of(2019, 12, 31))).map(UnitRef::id).contains(a.id());
            assertThatThrownBy(() -> units.resolve(codes.code, LocalDate.of(2020, 1, 1)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.key()).isEqualTo("units.error.ambiguous-code");
                        assertThat(e.message(java.util.Locale.ENGLISH)).contains("Tỉnh Thứ Nhất", "Tỉnh Thứ Hai", "01/01/2020");
                    });
        });
    }

    @Test
    void aWholeCountrySizedTableImportsAndAgainChangesNothing() {
        SyntheticCountry country = SyntheticCountry.generate();
        assertThat(country.lines()).isEqualTo(10_607);
        String countNew = "select count(*) from unit where valid_from = '2025-07-01'";
        String countLinks = "select count(*) from unit_link where effective = '2025-07-01'";
        rolledBack(() -> {
            Integer newBefore = jdbc.queryForObject(countNew, Integer.class);
            Integer linksBefore = jdbc.queryForObject(countLinks, Integer.class);
            var first = conversion.importTable(country.bytes(), null);
            assertThat(first.newProvinces()).isEqualTo(34);
            assertThat(first.newUnits()).isEqualTo(3_321);
            assertThat(first.rows()).isEqualTo(country.rows());
            assertThat(first.created()).isEqualTo(34 + 3_321);
            assertThat(jdbc.queryForObject(countNew, Integer.class)).isEqualTo(newBefore + 34 + 3_321);
            assertThat(jdbc.queryForObject(countLinks, Integer.class)).isEqualTo(linksBefore + first.linksWritten());
            var second = conversion.importTable(country.bytes(), null);
            assertThat(second.changes()).isZero();
            UnitRef reused = units.resolve(SyntheticCountry.REUSED_PROVINCE, JULY_1).orElseThrow();
            assertThat(lineage.predecessors(reused.id())).hasSizeGreaterThanOrEqualTo(2);
            return null;
        });
    }

    @Test
    void thePublishedTablesTrapsImportWithTheirDistrictsAsPredecessorsAndTheirNotices() throws IOException {
        byte[] traps = new org.springframework.core.io.ClassPathResource("units/conversion-traps.csv").getContentAsByteArray();
        rolledBack(() -> {
            var result = conversion.importTable(traps, null);
            assertThat(result.rows()).isEqualTo(20);
            assertThat(result.noticeCount()).isEqualTo(6);
            assertThat(result.notices()).extracting(vn.reformdesk.base.RowError::line).containsExactly(14, 16, 17, 26, 27, 35);
            // the special zone made of the whole district of Bạch Long Vĩ: the district is what it was, whole
            UnitRef zone = units.resolve("11948", JULY_1).orElseThrow();
            assertThat(zone.name()).isEqualTo("Đặc khu Bạch Long Vĩ");
            assertThat(lineage.predecessors(zone.id())).isEmpty();
            assertThat(lineage.formerlyPartOf(zone.id())).singleElement().satisfies(l -> {
                assertThat(l.unit().code()).isEqualTo("318");
                assertThat(l.share()).isEqualTo(LinkShare.WHOLE);
                assertThat(l.note()).startsWith("Sắp xếp toàn bộ huyện Bạch Long Vĩ");
            });
            // the piece of land of Kim Sơn: the district went into two new communes, so its links are parts
            UnitRef kimDong = units.resolve("14698", JULY_1).orElseThrow();
            assertThat(lineage.formerlyPartOf(kimDong.id())).singleElement().satisfies(l -> {
                assertThat(l.unit().code()).isEqualTo("376");
                assertThat(l.share()).isEqualTo(LinkShare.PART);
                assertThat(l.note()).startsWith("Khu vực bãi bồi ven biển");
            });
            // one old code written with two names is one old unit, with two successors
            UnitRef oldCode = units.resolve("01615", JUNE_30).orElseThrow();
            assertThat(oldCode.name()).isEqualTo("Xã Hồng Quang");
            assertThat(lineage.successors(oldCode.id())).extracting(l -> l.unit().code()).containsExactlyInAnyOrder("01576", "01618");
            // "Điềm Thụy" and "Điềm Thuỵ" are one new unit, named as first written
            assertThat(units.resolve("05941", JULY_1).orElseThrow().name()).isEqualTo("Xã Điềm Thụy");
            // Tân An stays in Long An, although one row names Tiền Giang: only Long An went into Tây Ninh
            UnitRef tayNinh = units.resolve("80", JULY_1).orElseThrow();
            assertThat(lineage.predecessors(tayNinh.id())).extracting(l -> l.unit().name()).contains("Tỉnh Long An")
                    .doesNotContain("Tỉnh Tiền Giang");
            assertThat(conversion.importTable(traps, null).changes()).isZero();
            return null;
        });
    }

    private static final class TestCodes {
        final String code = "Z" + System.nanoTime() % 1_000_000_000L;
    }
}

package vn.reformdesk.units;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole-country conversion table as published has traps that the An Giang section does not show. The lines
 * of {@code units/conversion-traps.csv} are shaped after lines of the published file (its special zones, the
 * piece of land without a code, the doubled spaces, the names broken inside quotes, the missing kinds, one old
 * code with two names, a repeated row, a district put under the neighbouring province); each is read as meant, and what needs an assumption is a notice.
 */
class ConversionTableTest {

    private static byte[] traps() throws IOException {
        return new ClassPathResource("units/conversion-traps.csv").getContentAsByteArray();
    }

    private static ConversionTable.Row row(ConversionTable.Parsed parsed, String newCode, String oldCode) {
        return parsed.rows().stream().filter(r -> r.newUnit().code().equals(newCode)
                && (oldCode == null ? r.oldUnit() == null : r.oldUnit() != null && r.oldUnit().code().equals(oldCode))).findFirst().orElseThrow();
    }

    @Test
    void everyTrapOfThePublishedTableIsReadAsMeant() throws IOException {
        ConversionTable.Parsed parsed = ConversionTable.parse(traps(), null);

        assertThat(parsed.effective()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThat(parsed.rows()).hasSize(20);
        // a whole old district made a special zone: no old commune, the district is the predecessor
        ConversionTable.Row zone = row(parsed, "11948", null);
        assertThat(zone.newUnit().kind()).isEqualTo("DAC_KHU");
        assertThat(zone.oldDistrict().code()).isEqualTo("318");
        assertThat(zone.note()).startsWith("Sắp xếp toàn bộ huyện Bạch Long Vĩ");
        assertThat(zone.line()).isEqualTo(4);
        // a name broken over two lines inside quotes, in a record that starts on line 29
        ConversionTable.Row conDao = row(parsed, "26732", null);
        assertThat(conDao.newUnit().name()).isEqualTo("Đặc khu Côn Đảo");
        assertThat(conDao.line()).isEqualTo(29);
        // a piece of land named without a code: the district is the predecessor, the land is named in the note
        ConversionTable.Row land = row(parsed, "14698", null);
        assertThat(land.oldDistrict().code()).isEqualTo("376");
        assertThat(land.note()).isEqualTo("Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý – Nhập toàn bộ");
        // doubled, stray and broken spaces
        assertThat(row(parsed, "10945", "10945").oldUnit().name()).isEqualTo("Thị trấn Kẻ Sặt");
        assertThat(row(parsed, "10945", "10945").oldUnit().kind()).isEqualTo("THI_TRAN");
        assertThat(row(parsed, "10675", "10675").newUnit().name()).isEqualTo("Phường Kinh Môn");
        assertThat(row(parsed, "10675", "10675").share()).isEqualTo(LinkShare.UNCHANGED);
        ConversionTable.Row giaTan = row(parsed, "14533", "14503");
        assertThat(giaTan.oldUnit().name()).isEqualTo("Xã Gia Tân");
        assertThat(giaTan.line()).isEqualTo(9);
        assertThat(row(parsed, "22303", "22303").newUnit().name()).isEqualTo("Phường Hòa Hiệp");
        // notes read by their first words, whatever the spacing and the typing slip
        assertThat(giaTan.share()).isEqualTo(LinkShare.PART);
        assertThat(row(parsed, "10999", "11041").share()).isEqualTo(LinkShare.PART);
        assertThat(row(parsed, "05941", "05944").share()).isEqualTo(LinkShare.PART);
        // kinds read without diacritics; a name without one is a xã, a province without one a tỉnh
        assertThat(row(parsed, "24496", "24493").newUnit().kind()).isEqualTo("XA");
        assertThat(row(parsed, "31843", "31843").oldUnit().kind()).isEqualTo("THI_TRAN");
        assertThat(row(parsed, "22111", "22108").oldUnit().kind()).isEqualTo("XA");
        assertThat(row(parsed, "19742", null).oldProvince()).isEqualTo(new ConversionTable.Named("44", "Quảng Trị", "TINH"));
        // one code with two spellings is one unit and no notice
        assertThat(parsed.rows().stream().filter(r -> r.newUnit().code().equals("05941"))).hasSize(2);

        assertThat(parsed.notices()).extracting(RowError::line, RowError::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(14, "units.conversion.notice.province-kind"),
                org.assertj.core.groups.Tuple.tuple(16, "units.conversion.notice.commune-kind"),
                org.assertj.core.groups.Tuple.tuple(17, "units.conversion.notice.commune-kind"),
                org.assertj.core.groups.Tuple.tuple(26, "units.conversion.notice.other-name"),
                org.assertj.core.groups.Tuple.tuple(27, "units.conversion.notice.duplicate-pair"),
                org.assertj.core.groups.Tuple.tuple(35, "units.conversion.notice.other-province"));
        assertThat(parsed.noticeCount()).isEqualTo(6);
        assertThat(parsed.notices().get(3).message(Locale.of("vi")))
                .contains("01615", "Xã Mỹ Hưng (Huyện Quảng Hòa, Tỉnh Cao Bằng)", "Xã Hồng Quang", "dòng 25");
        assertThat(parsed.notices().get(1).message(Locale.ENGLISH)).contains("Xuân Quang 3", "read as a commune (xã)");
    }

    @Test
    void aHeaderWithStraySpacesIsStillTheHeader() throws IOException {
        String text = new String(traps(), StandardCharsets.UTF_8).replace(",Mã Xã mới,", ", Mã Xã mới ,");
        assertThat(ConversionTable.parse(text.getBytes(StandardCharsets.UTF_8), null).rows()).hasSize(20);
    }

    @Test
    void whatIsNotATrapStaysAnErrorNamingItsLine() throws IOException {
        String text = new String(traps(), StandardCharsets.UTF_8);
        // a code that is not five digits; a new unit under two new provinces; an old side with neither code nor district
        String bad = text.replace("Xã Lê Lợi,11041", "Xã Lê Lợi,1104I")
                .replace("Tỉnh Cà Mau (96),Xã Hồng Dân,31843", "Tỉnh Cà Mau (96),Xã Điềm Thụy,05941")
                .replace("Xã Krông Búk,24493,Nhập toàn bộ,Huyện Krông Pắc (654)", ",,Nhập toàn bộ,");
        assertThatThrownBy(() -> ConversionTable.parse(bad.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    List<RowError> errors = e.errors();
                    assertThat(errors).extracting(RowError::line).containsExactly(6, 18, 32);
                    assertThat(errors.get(0).message(Locale.ENGLISH)).contains("1104I");
                    assertThat(errors.get(2).message(Locale.ENGLISH)).contains("05941", "Tỉnh Cà Mau", "Tỉnh Thái Nguyên", "22");
                });
    }
}

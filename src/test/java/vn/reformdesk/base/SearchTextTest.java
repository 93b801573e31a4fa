package vn.reformdesk.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.DatabaseTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class SearchTextTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void foldingDropsCaseAndVietnameseDiacriticsWithDAsD() {
        assertThat(SearchText.fold("Xã Vĩnh Hanh")).isEqualTo("xa vinh hanh");
        assertThat(SearchText.fold("HUYỆN CHÂU THÀNH")).isEqualTo("huyen chau thanh");
        assertThat(SearchText.fold("Đồng Tháp, Đà Nẵng")).isEqualTo("dong thap, da nang");
        // a name typed with combining marks (decomposed) folds like the precomposed one
        assertThat(SearchText.fold("Vi\u0303nh")).isEqualTo("vinh");
        assertThat(SearchText.query("  chau   THANH ")).isEqualTo("chau thanh");
    }

    @Test
    void aNameMatchesWithoutDiacriticsAndACodeFromItsStart() {
        assertThat(SearchText.matches("vinh hanh", "30598", "Xã Vĩnh Hanh", null)).isTrue();
        assertThat(SearchText.matches("VINH HANH", "30598", "Xã Vĩnh Hanh")).isTrue();
        assertThat(SearchText.matches("dong", "1", "Xã Đông Hòa")).isTrue();
        assertThat(SearchText.matches("305", "30598", "Xã Vĩnh Hanh")).isTrue();
        assertThat(SearchText.matches("598", "30598", "Xã Vĩnh Hanh")).isFalse();
        assertThat(SearchText.matches("vinh hao", "30598", "Xã Vĩnh Hanh")).isFalse();
        assertThat(SearchText.matches("chau thanh", "892", "Huyện Châu Thành", "Chau Thanh District")).isTrue();
    }

    @Test
    void theDatabaseFoldsEverySeededUnitNameExactlyAsJavaDoes() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select name, search_fold(name) as folded from unit union select name_en, search_fold(name_en) from unit where name_en is not null");
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows).allSatisfy(row ->
                assertThat(row.get("folded")).as((String) row.get("name")).isEqualTo(SearchText.fold((String) row.get("name"))));
        assertThat(jdbc.queryForObject("select search_fold('Đường ĐỖ Thị Ựa')", String.class))
                .isEqualTo(SearchText.fold("Đường ĐỖ Thị Ựa"));
    }
}

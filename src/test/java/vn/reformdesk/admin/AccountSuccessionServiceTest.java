package vn.reformdesk.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class AccountSuccessionServiceTest {

    @Autowired
    AccountSuccessionService succession;
    @Autowired
    UserService users;
    @Autowired
    UnitService units;

    @Test
    void accountsOnAbolishedUnitsAreListedWithTheSuccessorProposedAndRepointedInOneStep() {
        String name = "canDang" + System.nanoTime() % 1_000_000;
        AsUser.run(AsUser.admin(), () -> {
            UnitRef oldCanDang = units.resolve("30595", LocalDate.of(2025, 6, 30)).orElseThrow();
            UnitRef newCanDang = units.resolve("30595", LocalDate.of(2025, 7, 1)).orElseThrow();
            assertThat(oldCanDang.id()).isNotEqualTo(newCanDang.id());
            users.create(name, "demo12345", "Chủ tịch UBND xã Cần Đăng", Roles.UNIT_LEADER, oldCanDang.id());

            List<AccountSuccessionService.Proposal> list = succession.accountsOnAbolishedUnits();
            // the demo's town leader gets the new commune with the same code; the district leader has no single successor
            assertThat(list).filteredOn(p -> p.username().equals("anchau")).singleElement()
                    .satisfies(p -> assertThat(p.proposed()).isNotNull().extracting(UnitRef::name).isEqualTo("Xã An Châu"));
            assertThat(list).filteredOn(p -> p.username().equals("chauthanh")).singleElement()
                    .satisfies(p -> assertThat(p.proposed()).isNull());
            assertThat(list).noneMatch(p -> p.username().equals("sonoivu"));
            AccountSuccessionService.Proposal mine = list.stream().filter(p -> p.username().equals(name)).findFirst().orElseThrow();
            assertThat(mine.proposed()).isNotNull();
            assertThat(mine.proposed().id()).isEqualTo(newCanDang.id());

            assertThat(succession.repoint(List.of(mine))).isEqualTo(1);
            assertThat(succession.accountsOnAbolishedUnits()).noneMatch(p -> p.username().equals(name));
            assertThat(users.list()).filteredOn(u -> u.username().equals(name)).singleElement()
                    .satisfies(u -> assertThat(u.unitId()).isEqualTo(newCanDang.id()));
        });
    }
}

package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier page without a browser: who sees the imports and the entry of reported totals. */
class DossierViewsByRoleTest extends ViewTest {

    private static final String PAGE = "dossiers?unit=892&period=2019-9M";

    @Autowired
    ViewUsers users;

    @Test
    void theSecretariatAndTheAdministratorImportAndEnterTotals() {
        for (var user : new vn.reformdesk.security.CurrentUser[]{users.secretariat(), users.admin()}) {
            signIn(user);
            assertThat(open(PAGE)).isInstanceOf(DossiersView.class);
            assertThat(shows("dossier-tiles")).isTrue();
            assertThat(shows("dossiers-import")).as(user.role()).isTrue();
            assertThat(shows("dossiers-totals-import")).as(user.role()).isTrue();
            assertThat(shows("dossiers-totals-enter")).as(user.role()).isTrue();
        }
    }

    @Test
    void theListsEmptyFiltersSayTheyTakeEverything() {
        signIn(users.chair());
        assertThat(open("dossiers/list?unit=892&period=2024&list=received")).isInstanceOf(DossierListView.class);
        for (String id : List.of("dossier-list-field", "dossier-list-desk", "dossier-list-status", "dossier-list-channel")) {
            ComboBox<?> filter = $(ComboBox.class).id(id);
            assertThat(filter.getValue()).as(id).isNull();
            assertThat(filter.getPlaceholder()).as(id).isEqualTo(translation("dossiers.list.all"));
        }
    }

    @Test
    void theChairReadsTheFiguresButImportsNothing() {
        signIn(users.chair());
        assertThat(open(PAGE)).isInstanceOf(DossiersView.class);
        assertThat(shows("dossier-tiles")).isTrue();
        assertThat(shows("dossiers-import")).isFalse();
        assertThat(shows("dossiers-totals-import")).isFalse();
        assertThat(shows("dossiers-totals-enter")).isFalse();
    }

    @Test
    void aLeaderEntersTheOwnUnitsTotalsButImportsNothingAndCannotOpenTheProvince() {
        signIn(users.leaderOfChauThanh());
        assertThat(open(PAGE)).isInstanceOf(DossiersView.class);
        assertThat(shows("dossiers-totals-enter")).isTrue();
        assertThat(shows("dossiers-import")).isFalse();
        assertThat(shows("dossiers-totals-import")).isFalse();

        assertThat(open("dossiers?unit=89&period=2019-9M")).isNotInstanceOf(DossiersView.class);
        assertThat(shows("dossier-tiles")).isFalse();
        assertThat(open("dossiers/list?unit=89&period=2019-9M")).isNotInstanceOf(DossierListView.class);
    }
}

package vn.reformdesk.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for an address that is no page and for a unit that does not exist speak the UI's language (Vaadin's
 * own not-found page says "Could not navigate to …" in English, and the exception texts are English).
 */
class ErrorPagesViewTest extends ViewTest {

    @Autowired
    ViewUsers users;

    @AfterEach
    void vietnameseAgain() {
        UI.getCurrent().setLocale(AppLocales.VIETNAMESE);
    }

    /** The simple name of the view shown for an address (Spring's proxy of a secured view left out). */
    private String shown(String location) {
        return ClassUtils.getUserClass(open(location).getClass()).getSimpleName();
    }

    @Test
    void anAddressThatIsNoPageIsAnsweredInTheUiLanguage() {
        signIn(users.chair());
        UI.getCurrent().setLocale(AppLocales.VIETNAMESE);
        assertThat(shown("no-such-page")).isEqualTo("PageNotFoundView");
        assertThat($(H1.class).first().getText()).isEqualTo("Không có trang này");
        assertThat($(Paragraph.class).withId("error-message").first().getText())
                .isEqualTo("Không có trang nào ở địa chỉ “/no-such-page”, hoặc bạn không có quyền mở trang này.");

        UI.getCurrent().setLocale(AppLocales.ENGLISH);
        open("no-such-page");
        assertThat($(H1.class).first().getText()).isEqualTo("No such page");
        assertThat($(Paragraph.class).withId("error-message").first().getText()).contains("There is no page at “/no-such-page”");
    }

    @Test
    void aPageTheRoleMayNotOpenIsAnsweredLikeAnAddressThatIsNoPage() {
        signIn(users.leaderOfChauThanh());
        UI.getCurrent().setLocale(AppLocales.VIETNAMESE);
        assertThat(shown("admin/users")).isEqualTo("PageNotFoundView");
        assertThat($(H1.class).first().getText()).isEqualTo("Không có trang này");
    }

    @Test
    void anUnknownUnitIsNamedByItsAddressNotByTheExceptionsEnglishText() {
        signIn(users.chair());
        UI.getCurrent().setLocale(AppLocales.VIETNAMESE);
        assertThat(shown("units?unit=99999&period=2024")).isEqualTo("NotFoundView");
        String text = $(Paragraph.class).withId("error-message").first().getText();
        assertThat(text).startsWith("Không tìm thấy đơn vị hoặc bản ghi mà địa chỉ “/units?").contains("unit=99999").endsWith("” chỉ đến.")
                .doesNotContain("unknown");
    }
}

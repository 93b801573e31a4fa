package vn.reformdesk.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.UnitRef;

import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for tests that send mail (GreenMail on a free port, started before and stopped after each
 * test when registered with {@code @RegisterExtension}), a sender for it, and the mails it received per address.
 */
public final class TestMail {

    private TestMail() {
    }

    /** Register with {@code @RegisterExtension static GreenMailExtension smtp = TestMail.server();}. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    }

    /** A mail sender that delivers to the test's server, in UTF-8. */
    public static JavaMailSenderImpl senderFor(GreenMailExtension smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** The mails the server received addressed (To) to one address. */
    public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mails the server received for a user, at the address the user keeps in their contact details. */
    public static List<MimeMessage> to(GreenMailExtension smtp, UserService users, CurrentUser user) {
        return to(smtp, AsUser.call(user, () -> users.contact(user.id()).email()));
    }

    /** A new leader of a unit with a mail address and a language, created by the administrator. */
    public static CurrentUser leader(UserService users, String username, UnitRef unit, String email, String language) {
        long id = AsUser.call(AsUser.admin(), () -> users.create(username, "demo12345", "Lãnh đạo " + username, Roles.UNIT_LEADER, unit.id()));
        CurrentUser user = new CurrentUser(id, username, "Lãnh đạo " + username, Roles.UNIT_LEADER, unit.id(), "", true, false);
        AsUser.run(user, () -> {
            users.setEmail(id, email);
            users.setLanguage(id, language);
        });
        return user;
    }
}

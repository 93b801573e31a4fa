package vn.reformdesk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.security.RunAs;
import vn.reformdesk.security.SystemUser;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The daily reminder run, at 07:00 in the province's zone ({@link ReportingClock}). For every enabled account of a
 * unit leader it reads the unit's agenda in that leader's own scope and:
 * <ul>
 *   <li>adds an in-app alert for each item newly within {@link #DUE_SOON_DAYS} days of its deadline, or newly
 *       overdue, if the user wants those alerts (an item is alerted once per reason);</li>
 *   <li>on the digest day (Monday) adds one digest listing every overdue item and every item due within 7 days,
 *       if the user wants it;</li>
 *   <li>sends at most one e-mail per user and run, in the user's language: the digest when there is one,
 *       otherwise the new alerts. Only when a mail server is configured and the user has an address.</li>
 * </ul>
 * Disabled accounts get nothing: they are not read at all.
 */
@Service
public class ReminderService {

    public static final int DUE_SOON_DAYS = 7;
    public static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;
    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final ReportingClock clock;
    private final UserService users;
    private final UnitService units;
    private final ObjectProvider<AgendaSource> agendas;
    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final String from;
    private final String baseUrl;

    ReminderService(ReportingClock clock, UserService users, UnitService units, ObjectProvider<AgendaSource> agendas,
                    NotificationStore store, ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions,
                    @Value("${REFORMDESK_MAIL_FROM:reformdesk@localhost}") String from,
                    @Value("${REFORMDESK_BASE_URL:http://localhost:8080/}") String baseUrl) {
        this.clock = clock;
        this.users = users;
        this.agendas = agendas;
        this.units = units;
        this.store = store;
        this.mail = mail;
        this.transactions = transactions;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    @Scheduled(cron = "0 0 7 * * *", zone = ReportingClock.ZONE_NAME)
    public void daily() {
        ReminderRun run = run(clock.today(), mail.getIfAvailable());
        log.info("Reminders: {} alerts, {} digests, {} e-mails", run.alerts(), run.digests(), run.mails());
    }

    /** One run for the day; {@code sender} null means no e-mail (in-app only). */
    public ReminderRun run(LocalDate today, @Nullable JavaMailSender sender) {
        List<UserService.Recipient> recipients = new ArrayList<>();
        SystemUser.run(() -> recipients.addAll(users.enabledRecipients()));
        int alerts = 0, digests = 0, mails = 0;
        for (UserService.Recipient r : recipients) {
            if (r.user().scopeUnitId() == null) {
                continue; // only a unit has an agenda
            }
            try {
                int[] done = RunAs.call(r.user(), () -> transactions.execute(s -> remind(r, today, sender)));
                alerts += done[0];
                digests += done[1];
                mails += done[2];
            } catch (RuntimeException e) {
                log.warn("Reminders for {} failed: {}", r.user().username(), e.toString());
            }
        }
        return new ReminderRun(alerts, digests, mails);
    }

    private int[] remind(UserService.Recipient r, LocalDate today, @Nullable JavaMailSender sender) {
        long userId = r.user().id();
        NotificationPreferences prefs = store.preferences(userId);
        Locale locale = "en".equals(r.language()) ? AppLocales.ENGLISH : AppLocales.VIETNAMESE;
        Long unitId = r.user().scopeUnitId();
        UnitRef unit = units.get(unitId == null ? -1 : unitId);
        List<AgendaItem> items = new ArrayList<>();
        agendas.orderedStream().forEach(s -> items.addAll(s.items(unit, today, false)));
        LocalDate horizon = today.plusDays(DUE_SOON_DAYS);
        List<AgendaItem> overdue = items.stream().filter(i -> i.status() == AgendaItem.Status.OVERDUE)
                .sorted(Comparator.comparing(AgendaItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<AgendaItem> dueSoon = items.stream().filter(i -> i.status() == AgendaItem.Status.OPEN && i.deadline() != null
                        && !i.deadline().isBefore(today) && !i.deadline().isAfter(horizon))
                .sorted(Comparator.comparing(AgendaItem::deadline)).toList();

        List<AgendaItem> newAlerts = new ArrayList<>();
        if (prefs.overdue()) {
            for (AgendaItem i : overdue) {
                if (store.addAlert(userId, today, Notification.Reason.OVERDUE, i.kind(), i.id(), i.title(), i.source(), i.route(), i.deadline())) {
                    newAlerts.add(i);
                }
            }
        }
        if (prefs.dueSoon()) {
            for (AgendaItem i : dueSoon) {
                if (store.addAlert(userId, today, Notification.Reason.DUE_SOON, i.kind(), i.id(), i.title(), i.source(), i.route(), i.deadline())) {
                    newAlerts.add(i);
                }
            }
        }
        boolean digest = false;
        if (prefs.weeklyDigest() && today.getDayOfWeek() == DIGEST_DAY && !(overdue.isEmpty() && dueSoon.isEmpty())) {
            digest = store.addDigest(userId, today, text("notifications.digest.subject", locale, UnitNames.name(unit, locale)),
                    text("notifications.digest.summary", locale, overdue.size(), dueSoon.size()));
        }
        int mails = 0;
        if (sender != null && r.email() != null && (digest || !newAlerts.isEmpty())) {
            String subject;
            StringBuilder body = new StringBuilder(text("notifications.mail.greeting", locale, r.user().displayName())).append("\n\n");
            if (digest) {
                subject = text("notifications.digest.subject", locale, UnitNames.name(unit, locale));
                section(body, text("notifications.mail.overdue", locale, overdue.size()), overdue, locale);
                section(body, text("notifications.mail.due-soon", locale, DUE_SOON_DAYS, dueSoon.size()), dueSoon, locale);
            } else {
                subject = text("notifications.alert.subject", locale, newAlerts.size(), UnitNames.name(unit, locale));
                section(body, text("notifications.mail.new", locale, newAlerts.size()), newAlerts, locale);
            }
            body.append(text("notifications.mail.footer", locale, baseUrl + "notifications"));
            try {
                send(sender, r.email(), subject, body.toString());
                store.markMailed(userId, today);
                mails = 1;
            } catch (MailException | MessagingException e) {
                log.warn("Reminder e-mail to {} failed: {}", r.user().username(), e.toString());
            }
        }
        return new int[] {newAlerts.size(), digest ? 1 : 0, mails};
    }

    private void section(StringBuilder body, String heading, List<AgendaItem> items, Locale locale) {
        body.append(heading).append('\n');
        if (items.isEmpty()) {
            body.append("  –\n");
        }
        for (AgendaItem i : items) {
            body.append("  • ").append(text("myunit.kind." + i.kind(), locale)).append(": ").append(i.title());
            if (i.deadline() != null) {
                body.append(" (").append(text("myunit.deadline", locale, Formats.date(i.deadline(), locale))).append(')');
            }
            body.append("\n    ").append(i.source()).append(" · ").append(baseUrl).append(i.route()).append('\n');
        }
        body.append('\n');
    }

    private void send(JavaMailSender sender, String to, String subject, String body) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        sender.send(message);
    }

    private static String text(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }

}

package vn.reformdesk.review;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.security.SystemUser;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.reformdesk.security.RoleRules;

/**
 * Packs on a schedule. Every morning each active schedule whose
 * period ended on a day before today and has no pack yet gets one: the PDF and the workbook are made as of the
 * period's end, kept with the day they were made, and mailed to the recipients when mail is configured
 * (a {@link JavaMailSender} exists, i.e. {@code spring.mail.host} is set).
 */
@Service
public class PackScheduleService {

    private static final Logger log = LoggerFactory.getLogger(PackScheduleService.class);

    private final JdbcClient jdbc;
    private final UnitService units;
    private final BriefingPack packs;
    private final ReportingClock clock;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    PackScheduleService(JdbcClient jdbc, UnitService units, BriefingPack packs, ReportingClock clock, ObjectProvider<JavaMailSender> mail,
                        @Value("${REFORMDESK_MAIL_FROM:reformdesk@localhost}") String from) {
        this.jdbc = jdbc;
        this.units = units;
        this.packs = packs;
        this.clock = clock;
        this.mail = mail;
        this.from = from;
    }

    // ---- schedules ----

    @Transactional(readOnly = true)
    public List<PackSchedule> schedules(ReadableUnit readable) {
        UnitRef unit = readable.unit();
        return jdbc.sql("select s.id, s.unit_id, u.name, s.frequency, s.recipients, s.active from briefing_schedule s"
                        + " join unit u on u.id = s.unit_id where u.path like :path || '%' order by u.path, s.frequency")
                .param("path", unit.path())
                .query((rs, n) -> new PackSchedule(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        PackSchedule.Frequency.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    /** Sets (or replaces) the schedule of a kind for the unit; recipients are e-mail addresses separated by commas. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public void schedule(UnitRef unit, PackSchedule.Frequency frequency, String recipients, boolean active, String by) {
        units.requireReadable(unit);
        List<String> list = recipients(recipients);
        for (String r : list) {
            if (!r.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw UserFacingException.onField("recipients", "review.packs.error.recipient", r);
            }
        }
        jdbc.sql("insert into briefing_schedule (unit_id, frequency, recipients, active, created_by) values (:unit, :f, :r, :a, :by)"
                        + " on conflict (unit_id, frequency) do update set recipients = excluded.recipients, active = excluded.active")
                .param("unit", unit.id()).param("f", frequency.name()).param("r", String.join(", ", list)).param("a", active)
                .param("by", by).update();
    }

    @Transactional(readOnly = true)
    public List<KeptPack> kept(ReadableUnit readable, int limit) {
        UnitRef unit = readable.unit();
        return jdbc.sql("select p.id, p.unit_id, u.name, p.period_code, p.made_on, p.mailed_to from briefing_pack p"
                        + " join unit u on u.id = p.unit_id where u.path like :path || '%' order by p.made_on desc, p.id desc limit :limit")
                .param("path", unit.path()).param("limit", limit)
                .query((rs, n) -> new KeptPack(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6)))
                .list();
    }

    /** The kept file: {@code pdf} or {@code xlsx}. */
    @Transactional(readOnly = true)
    public byte[] file(long packId, boolean pdf) {
        long unitId = jdbc.sql("select unit_id from briefing_pack where id = :id").param("id", packId).query(Long.class).single();
        units.requireReadable(unitId);
        return jdbc.sql("select " + (pdf ? "pdf" : "xlsx") + " from briefing_pack where id = :id").param("id", packId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    // ---- making packs ----

    @Scheduled(cron = "0 30 6 * * *", zone = ReportingClock.ZONE_NAME)
    void daily() {
        SystemUser.run(() -> runDue(clock.today(), mail.getIfAvailable()));
    }

    /**
     * Makes every pack that is due by the day: for each active schedule, the latest period of its kind that
     * ended before the day, when no pack exists for it. Returns the packs made.
     */
    @Transactional
    public List<KeptPack> runDue(LocalDate today, @Nullable JavaMailSender sender) {
        List<KeptPack> made = new ArrayList<>();
        List<Object[]> due = jdbc.sql("select s.id, s.unit_id, s.frequency, s.recipients from briefing_schedule s where s.active order by s.id")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}).list();
        for (Object[] s : due) {
            long scheduleId = (Long) s[0];
            Period period = lastEnded(PackSchedule.Frequency.valueOf((String) s[2]), today);
            boolean exists = jdbc.sql("select count(*) from briefing_pack where schedule_id = :s and period_code = :p")
                    .param("s", scheduleId).param("p", period.code()).query(Long.class).single() > 0;
            if (exists) {
                continue;
            }
            made.add(make(scheduleId, units.get((Long) s[1]), period, (String) s[3], today, sender));
        }
        return made;
    }

    /**
     * Makes the pack of a schedule now, for the latest period of its kind that has ended, whether or not one was
     * made for it before (the new one is kept beside the old), and mails it when mail is configured.
     */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public KeptPack makeNow(long scheduleId) {
        Object[] s = jdbc.sql("select unit_id, frequency, recipients from briefing_schedule where id = :id").param("id", scheduleId)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).single();
        UnitRef unit = units.get((Long) s[0]);
        units.requireReadable(unit);
        LocalDate today = clock.today();
        Period period = lastEnded(PackSchedule.Frequency.valueOf((String) s[1]), today);
        return make(scheduleId, unit, period, (String) s[2], today, mail.getIfAvailable());
    }

    private KeptPack make(long scheduleId, UnitRef unit, Period period, @Nullable String recipients, LocalDate today,
                          @Nullable JavaMailSender sender) {
        Locale locale = AppLocales.VIETNAMESE;
        ReviewReport report = reviewOf(unit, period);
        byte[] pdf = packs.pdf(report, locale);
        byte[] xlsx = packs.workbook(report, locale);
        List<String> to = recipients(recipients);
        String mailedTo = null;
        if (sender != null && !to.isEmpty()) {
            try {
                send(sender, to, unit, period, pdf, xlsx, locale);
                mailedTo = String.join(", ", to);
            } catch (Exception e) {
                log.warn("Briefing pack {} {} not mailed: {}", unit.code(), period.code(), e.getMessage());
            }
        }
        long id = jdbc.sql("insert into briefing_pack (schedule_id, unit_id, period_code, made_on, pdf, xlsx, mailed_to)"
                        + " values (:s, :u, :p, :d, :pdf, :xlsx, :m)"
                        + " on conflict (schedule_id, period_code) do update set made_on = excluded.made_on, made_at = now(),"
                        + " pdf = excluded.pdf, xlsx = excluded.xlsx, mailed_to = excluded.mailed_to returning id")
                .param("s", scheduleId).param("u", unit.id()).param("p", period.code()).param("d", today)
                .param("pdf", pdf).param("xlsx", xlsx).param("m", mailedTo, java.sql.Types.VARCHAR)
                .query(Long.class).single();
        return new KeptPack(id, unit.id(), unit.name(), period.code(), today, mailedTo);
    }

    private ReviewReport reviewOf(UnitRef unit, Period period) {
        return packs.report(units.readable(unit), period);
    }

    /** The latest period of the kind whose last day is before the day. */
    static Period lastEnded(PackSchedule.Frequency f, LocalDate today) {
        LocalDate d = today.minusDays(1);
        return switch (f) {
            case MONTH -> d.equals(d.withDayOfMonth(d.lengthOfMonth())) ? Period.month(d.getYear(), d.getMonthValue())
                    : (d.getMonthValue() == 1 ? Period.month(d.getYear() - 1, 12) : Period.month(d.getYear(), d.getMonthValue() - 1));
            case QUARTER -> {
                Period q = Period.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
                yield q.end().equals(d) ? q : q.previous();
            }
            case HALF -> {
                Period h = Period.half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
                yield h.end().equals(d) ? h : h.previous();
            }
            case YEAR -> d.getMonthValue() == 12 && d.getDayOfMonth() == 31 ? Period.year(d.getYear()) : Period.year(d.getYear() - 1);
        };
    }

    private void send(JavaMailSender sender, List<String> to, UnitRef unit, Period period, byte[] pdf, byte[] xlsx, Locale locale)
            throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.toArray(String[]::new));
        String name = UnitNames.name(unit, locale);
        String label = PeriodLabels.label(period, locale);
        helper.setSubject(vn.reformdesk.base.AppI18NProvider.text("review.packs.mail.subject", locale, name, label));
        helper.setText(vn.reformdesk.base.AppI18NProvider.text("review.packs.mail.body", locale, name, label));
        String base = "bao-cao-" + unit.code() + "-" + period.code();
        helper.addAttachment(base + ".pdf", new ByteArrayResource(pdf), "application/pdf");
        helper.addAttachment(base + ".xlsx", new ByteArrayResource(xlsx), vn.reformdesk.base.ui.ExcelDownload.MIME);
        sender.send(message);
    }

    private static List<String> recipients(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

package vn.reformdesk.notifications;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The tables of V80: preferences and notifications. */
@Component
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    NotificationPreferences preferences(long userId) {
        return jdbc.sql("select weekly_digest, due_soon, overdue from notification_preference where user_id = :u").param("u", userId)
                .query((rs, n) -> new NotificationPreferences(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional().orElse(NotificationPreferences.ALL);
    }

    void save(long userId, NotificationPreferences p) {
        jdbc.sql("insert into notification_preference (user_id, weekly_digest, due_soon, overdue) values (:u, :w, :d, :o)"
                        + " on conflict (user_id) do update set weekly_digest = :w, due_soon = :d, overdue = :o, updated_at = now()")
                .param("u", userId).param("w", p.weeklyDigest()).param("d", p.dueSoon()).param("o", p.overdue()).update();
    }

    /** Adds an alert unless the user was already alerted about the item for this reason; true when added. */
    boolean addAlert(long userId, LocalDate on, Notification.Reason reason, String itemKind, long itemId, String title, String detail,
                     String route, @Nullable LocalDate deadline) {
        return jdbc.sql("insert into notification (user_id, created_on, reason, item_kind, item_id, title, detail, route, deadline)"
                        + " values (:u, :on, :reason, :kind, :item, :title, :detail, :route, :deadline)"
                        + " on conflict (user_id, reason, item_kind, item_id) where reason <> 'DIGEST' do nothing")
                .param("u", userId).param("on", on).param("reason", reason.name()).param("kind", itemKind).param("item", itemId)
                .param("title", title).param("detail", detail).param("route", route).param("deadline", deadline)
                .update() == 1;
    }

    /** Adds the day's digest unless there is one already; true when added. */
    boolean addDigest(long userId, LocalDate on, String title, String detail) {
        return jdbc.sql("insert into notification (user_id, created_on, reason, title, detail) values (:u, :on, 'DIGEST', :title, :detail)"
                        + " on conflict (user_id, created_on) where reason = 'DIGEST' do nothing")
                .param("u", userId).param("on", on).param("title", title).param("detail", detail).update() == 1;
    }

    void markMailed(long userId, LocalDate on) {
        jdbc.sql("update notification set mailed = true where user_id = :u and created_on = :on").param("u", userId).param("on", on)
                .update();
    }

    List<Notification> list(long userId, int limit) {
        return jdbc.sql("select id, created_on, reason, item_kind, title, detail, route, deadline, mailed, read_at is not null as read"
                        + " from notification where user_id = :u order by created_at desc, id desc limit :limit")
                .param("u", userId).param("limit", limit)
                .query((rs, n) -> {
                    Date deadline = rs.getDate("deadline");
                    return new Notification(rs.getLong("id"), rs.getDate("created_on").toLocalDate(),
                            Notification.Reason.valueOf(rs.getString("reason")), rs.getString("item_kind"), rs.getString("title"),
                            rs.getString("detail"), rs.getString("route"), deadline == null ? null : deadline.toLocalDate(),
                            rs.getBoolean("mailed"), rs.getBoolean("read"));
                }).list();
    }

    int unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null").param("u", userId)
                .query(Integer.class).single();
    }

    void markAllRead(long userId) {
        jdbc.sql("update notification set read_at = now() where user_id = :u and read_at is null").param("u", userId).update();
    }
}

package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The inspection topics the secretariat keeps through a page: add, rename, reorder, retire. A retired topic is
 * no longer offered for new inspections but stays on those that used it. Every change is kept with who and when.
 */
@Service
@Transactional(readOnly = true)
public class InspectionTopicService {

    public record TopicRow(String code, String name, String nameEn, int sort, boolean active, long version) {
    }

    public record TopicDraft(String code, String name, String nameEn, int sort, boolean active) {
    }

    public record TopicChange(OffsetDateTime at, String by, String field, @Nullable String oldValue, @Nullable String newValue) {
    }


    private final JdbcClient jdbc;
    private final CurrentUserService currentUser;

    InspectionTopicService(JdbcTemplate template, CurrentUserService currentUser) {
        this.jdbc = JdbcClient.create(template);
        this.currentUser = currentUser;
    }

    public List<TopicRow> all() {
        return jdbc.sql("select code, name, name_en, sort, active, version from inspection_topic order by sort, code")
                .query((rs, n) -> new TopicRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                        rs.getLong(6)))
                .list();
    }

    public TopicRow get(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no topic " + code));
    }

    public List<TopicChange> history(String code) {
        return jdbc.sql("select changed_at, changed_by, field, old_value, new_value from inspection_topic_change where topic_code = :code"
                        + " order by changed_at desc, id desc")
                .param("code", code)
                .query((rs, n) -> new TopicChange(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public TopicRow create(TopicDraft draft) {
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!code.matches("[A-Z0-9_]{1,32}")) {
            throw UserFacingException.onField("code", "inspections.error.topic-code");
        }
        if (all().stream().anyMatch(t -> t.code().equals(code))) {
            throw UserFacingException.onField("code", "inspections.error.topic-exists", code);
        }
        check(draft);
        jdbc.sql("insert into inspection_topic (code, name, name_en, sort, active) values (:code, :name, :en, :sort, :active)")
                .param("code", code).param("name", draft.name().trim()).param("en", draft.nameEn().trim()).param("sort", draft.sort())
                .param("active", draft.active()).update();
        record(code, "created", null, draft.name().trim());
        return get(code);
    }

    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public TopicRow update(String code, long expectedVersion, TopicDraft draft) {
        TopicRow before = get(code);
        check(draft);
        int n = jdbc.sql("update inspection_topic set name = :name, name_en = :en, sort = :sort, active = :active, version = version + 1"
                        + " where code = :code and version = :version")
                .param("name", draft.name().trim()).param("en", draft.nameEn().trim()).param("sort", draft.sort())
                .param("active", draft.active()).param("code", code).param("version", expectedVersion).update();
        if (n == 0) {
            throw new UserFacingException("inspections.error.concurrent");
        }
        TopicRow after = get(code);
        diff(code, "name", before.name(), after.name());
        diff(code, "nameEn", before.nameEn(), after.nameEn());
        diff(code, "sort", String.valueOf(before.sort()), String.valueOf(after.sort()));
        diff(code, "active", String.valueOf(before.active()), String.valueOf(after.active()));
        return after;
    }

    private static void check(TopicDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw UserFacingException.onField("name", "inspections.error.topic-name");
        }
        if (draft.nameEn() == null || draft.nameEn().isBlank()) {
            throw UserFacingException.onField("nameEn", "inspections.error.topic-name");
        }
        if (draft.name().trim().length() > 200) {
            throw UserFacingException.onField("name", "inspections.error.topic-name-long");
        }
        if (draft.nameEn().trim().length() > 200) {
            throw UserFacingException.onField("nameEn", "inspections.error.topic-name-long");
        }
        if (draft.sort() < 0) {
            throw UserFacingException.onField("sort", "inspections.error.topic-sort");
        }
    }

    private void diff(String code, String field, @Nullable String oldValue, @Nullable String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            record(code, field, oldValue, newValue);
        }
    }

    private void record(String code, String field, @Nullable String oldValue, @Nullable String newValue) {
        jdbc.sql("insert into inspection_topic_change (topic_code, changed_by, field, old_value, new_value)"
                        + " values (:code, :by, :field, :old, :new)")
                .param("code", code).param("by", currentUser.require().username()).param("field", field).param("old", oldValue)
                .param("new", newValue).update();
    }
}

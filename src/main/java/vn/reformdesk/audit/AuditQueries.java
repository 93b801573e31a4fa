package vn.reformdesk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;

import java.sql.Timestamp;
import java.util.List;
import vn.reformdesk.security.RoleRules;

/** Searches the audit trail (ADMIN only): by user, unit, days and kind, newest first. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(RoleRules.ADMINISTERS)
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        return where(jdbc.sql("select a.id, a.at, a.user_id, a.username, a.role, a.address, a.kind, a.unit_id, a.input,"
                + " a.changes::text as changes, u.code as unit_code, u.name as unit_name, u.name_en as unit_name_en"
                + " from (select * from audit_event" + conditions(filter) + " order by at desc, id desc offset :offset limit :limit) a"
                + " left join unit u on u.id = a.unit_id order by a.at desc, a.id desc"), filter)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        (Long) rs.getObject("user_id"), rs.getString("username"), rs.getString("role"), rs.getString("address"),
                        rs.getString("kind"), (Long) rs.getObject("unit_id"), rs.getString("input"), rs.getString("changes"),
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_name_en")))
                .list();
    }

    @PreAuthorize(RoleRules.ADMINISTERS)
    public int count(AuditFilter filter) {
        return where(jdbc.sql("select count(*) from audit_event" + conditions(filter)), filter).query(Integer.class).single();
    }

    /** The kinds recorded so far, for the search's choice list. */
    @PreAuthorize(RoleRules.ADMINISTERS)
    public List<String> kinds() {
        return jdbc.sql("select distinct kind from audit_event order by kind").query(String.class).list();
    }

    private static String conditions(AuditFilter f) {
        StringBuilder sql = new StringBuilder(" where true");
        if (f.username() != null && !f.username().isBlank()) {
            sql.append(" and lower(username) = lower(:username)");
        }
        if (f.unitId() != null) {
            sql.append(" and unit_id = :unitId");
        }
        if (f.from() != null) {
            sql.append(" and at >= :from");
        }
        if (f.to() != null) {
            sql.append(" and at < :to");
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            sql.append(" and kind = :kind");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec spec, AuditFilter f) {
        if (f.username() != null && !f.username().isBlank()) {
            spec = spec.param("username", f.username().strip());
        }
        if (f.unitId() != null) {
            spec = spec.param("unitId", f.unitId());
        }
        if (f.from() != null) {
            spec = spec.param("from", Timestamp.from(f.from().atStartOfDay(ReportingClock.ZONE).toInstant()));
        }
        if (f.to() != null) {
            spec = spec.param("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ReportingClock.ZONE).toInstant()));
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            spec = spec.param("kind", f.kind());
        }
        return spec;
    }
}

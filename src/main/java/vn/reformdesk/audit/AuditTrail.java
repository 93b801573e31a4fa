package vn.reformdesk.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.units.UnitRef;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Records every write command of every service: it runs around each public method of a {@code @Service}
 * that is {@code @Transactional} for writing (see {@link AuditConfiguration}), so no feature can forget it.
 * Only a command that returns normally is recorded, once, at its outermost call, with the entity changes
 * {@link EntityChanges} collected while it ran. The row is written right after the command (in its
 * transaction when the caller holds one).
 */
class AuditTrail implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_INPUT = 4000;
    private static final ThreadLocal<Deque<ArrayNode>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);

    private final ObjectProvider<JdbcClient> jdbc;
    private final ObjectProvider<ReportingClock> clock;

    AuditTrail(ObjectProvider<JdbcClient> jdbc, ObjectProvider<ReportingClock> clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The changes list of the command running on this thread, if one is being recorded. */
    static @Nullable ArrayNode currentChanges() {
        return FRAMES.get().peek();
    }

    static ObjectNode newChange() {
        return JSON.createObjectNode();
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Deque<ArrayNode> frames = FRAMES.get();
        boolean outermost = frames.isEmpty();
        ArrayNode changes = outermost ? JSON.createArrayNode() : frames.peek();
        frames.push(changes);
        try {
            Object result = invocation.proceed();
            if (outermost) {
                write(invocation, changes);
            }
            return result;
        } finally {
            frames.pop();
            if (frames.isEmpty()) {
                FRAMES.remove();
            }
        }
    }

    private void write(MethodInvocation invocation, ArrayNode changes) {
        try {
            Method method = invocation.getMethod();
            Class<?> type = invocation.getThis() == null ? method.getDeclaringClass() : AopUtils.getTargetClass(invocation.getThis());
            String feature = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
            String kind = feature + "." + type.getSimpleName() + "." + method.getName();
            CurrentUser user = currentUser();
            String input = input(method, invocation.getArguments());
            Long unitId = unitOf(method, invocation.getArguments(), changes);
            jdbc.getObject().sql("""
                            insert into audit_event (at, user_id, username, role, address, kind, unit_id, input, changes)
                            values (:at, :userId, :username, :role, :address, :kind, :unitId, :input, cast(:changes as jsonb))""")
                    .param("at", Timestamp.from(clock.getObject().instant()))
                    .param("userId", user == null || user.id() <= 0 ? null : user.id())
                    .param("username", user == null ? "anonymous" : user.username())
                    .param("role", user == null ? null : user.role())
                    .param("address", address())
                    .param("kind", kind.length() > 120 ? kind.substring(0, 120) : kind)
                    .param("unitId", unitId)
                    .param("input", input)
                    .param("changes", JSON.writeValueAsString(changes))
                    .update();
        } catch (RuntimeException e) {
            // the write itself has succeeded; a trail that cannot be written is an operations alarm, not the user's error
            log.error("Could not record the audit event of {}", invocation.getMethod(), e);
        }
    }

    private static @Nullable CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    }

    private static @Nullable String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The arguments by parameter name, as JSON: passwords hidden, files and streams as their size. */
    static String input(Method method, Object[] args) {
        ObjectNode node = JSON.createObjectNode();
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length && i < args.length; i++) {
            String name = params[i].getName();
            Object value = args[i];
            if (name.toLowerCase(Locale.ROOT).contains("password")) {
                node.put(name, "***");
            } else if (value instanceof byte[] bytes) {
                node.put(name, "<" + bytes.length + " bytes>");
            } else if (value instanceof InputStream) {
                node.put(name, "<stream>");
            } else if (value instanceof Locale locale) {
                node.put(name, locale.toLanguageTag());
            } else {
                try {
                    node.set(name, JSON.valueToTree(value));
                } catch (RuntimeException e) {
                    node.put(name, String.valueOf(value));
                }
            }
        }
        String text = JSON.writeValueAsString(node);
        return text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) + "…" : text;
    }

    /** The unit a command concerns, where its input or its changes name one. */
    static @Nullable Long unitOf(Method method, Object[] args, ArrayNode changes) {
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length && i < args.length; i++) {
            Long id = unitIn(params[i].getName(), args[i]);
            if (id != null) {
                return id;
            }
            if (args[i] != null && args[i].getClass().isRecord()) {
                for (RecordComponent c : args[i].getClass().getRecordComponents()) {
                    try {
                        Long nested = unitIn(c.getName(), c.getAccessor().invoke(args[i]));
                        if (nested != null) {
                            return nested;
                        }
                    } catch (ReflectiveOperationException | RuntimeException ignored) {
                        // not readable: no unit from this component
                    }
                }
            }
        }
        for (var change : changes) {
            for (String field : new String[]{"unitId", "leadUnitId"}) {
                var after = change.path("after").path(field);
                var before = change.path("before").path(field);
                var value = after.isMissingNode() || after.isNull() ? before : after;
                if (value.isString() && value.asString().matches("\\d+")) {
                    return Long.valueOf(value.asString());
                }
            }
        }
        return null;
    }

    private static @Nullable Long unitIn(String name, @Nullable Object value) {
        if (value instanceof UnitRef unit) {
            return unit.id();
        }
        if ((value instanceof Long || value instanceof Integer) && name.toLowerCase(Locale.ROOT).endsWith("unitid")) {
            return ((Number) value).longValue();
        }
        return null;
    }
}

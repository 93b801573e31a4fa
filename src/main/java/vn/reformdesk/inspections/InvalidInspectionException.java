package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.UserFacingException;

import java.util.List;

/**
 * The form has errors; nothing was written. A {@link UserFacingException} whose key, arguments and field are those of
 * the first problem; {@link #problems()} holds them all, each naming its field (e.g. {@code plannedDate},
 * {@code recommendations[2].deadline}) and a translation key {@code inspections.error.KEY} with arguments.
 */
public class InvalidInspectionException extends UserFacingException {

    /** One problem: the field, the key of its message under {@code inspections.error.}, and the message's arguments. */
    public record Problem(String field, String key, List<Object> args) {
        public Problem(String field, String key, Object... args) {
            this(field, key, List.of(args));
        }

        /** The full message key in the bundles. */
        public String messageKey() {
            return "inspections.error." + key;
        }

        @Override
        public String toString() {
            return field + ": " + key + (args.isEmpty() ? "" : " " + args);
        }
    }

    private final transient List<Problem> problems;

    public InvalidInspectionException(List<Problem> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().args().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** For logs: every problem by field and key (users see them translated, through {@link #problems()}). */
    @Override
    public String getMessage() {
        return "nothing saved: " + problems.stream().map(Problem::toString).collect(java.util.stream.Collectors.joining("; "));
    }

    @Override
    public @Nullable String field() {
        return problems.getFirst().field();
    }
}

package vn.reformdesk.inspections;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The form has errors; nothing was written. Each problem names its field (e.g. {@code plannedDate},
 * {@code recommendations[2].deadline}) and a translation key {@code inspections.error.KEY} with arguments.
 */
public class InvalidInspectionException extends IllegalArgumentException {

    /** One problem: the field, the key of its message under {@code inspections.error.}, and the message's arguments. */
    public record Problem(String field, String key, List<Object> args) {
        public Problem(String field, String key, Object... args) {
            this(field, key, List.of(args));
        }

        @Override
        public String toString() {
            return field + ": " + key + (args.isEmpty() ? "" : " " + args);
        }
    }

    private final transient List<Problem> problems;

    public InvalidInspectionException(List<Problem> problems) {
        super("nothing saved: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package vn.reformdesk.directives.ui;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveStatus;

import java.util.Arrays;

/** Which directives the list shows, as of its day: all, the open ones (not done nor cancelled), the overdue ones, the done ones. */
enum DirectiveFilter {
    ALL, OPEN, OVERDUE, DONE;

    /** URL parameter of the directives page. */
    static final String PARAMETER = "show";

    boolean accepts(Directive d) {
        return switch (this) {
            case ALL -> true;
            case OPEN -> d.status() != DirectiveStatus.DONE && d.status() != DirectiveStatus.CANCELLED;
            case OVERDUE -> d.overdue();
            case DONE -> d.status() == DirectiveStatus.DONE;
        };
    }

    static DirectiveFilter parse(@Nullable String value) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value)).findFirst().orElse(ALL);
    }
}

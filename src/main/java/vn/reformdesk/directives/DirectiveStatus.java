package vn.reformdesk.directives;

/** The state of a directive: open (recorded), in progress, done (with evidence) or cancelled by the committee. */
public enum DirectiveStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED
}

package vn.reformdesk.inspections;

import vn.reformdesk.base.UserFacingException;

/**
 * Someone saved the same inspection or recommendation since it was loaded: nothing was written. A
 * {@link UserFacingException} ({@code inspections.error.concurrent}) that the dialogs tell apart to keep what was typed.
 */
public class ConcurrentEditException extends UserFacingException {

    private final String what;
    private final long id;

    public ConcurrentEditException(String what, long id) {
        super("inspections.error.concurrent");
        this.what = what;
        this.id = id;
    }

    /** "inspection" or "recommendation". */
    public String what() {
        return what;
    }

    public long id() {
        return id;
    }
}

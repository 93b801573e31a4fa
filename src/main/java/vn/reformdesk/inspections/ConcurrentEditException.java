package vn.reformdesk.inspections;

/** Someone saved the same inspection or recommendation since it was loaded: nothing was written. */
public class ConcurrentEditException extends IllegalStateException {

    public ConcurrentEditException(String what, long id) {
        super(what + " " + id + " was changed by someone else since you opened it; nothing saved, reload and try again");
    }
}

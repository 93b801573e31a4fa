package vn.reformdesk.plans;

import java.util.Arrays;

/** Input a plan or task cannot take; {@link #key()} and {@link #args()} give the translated message. */
public class PlanRejectedException extends IllegalArgumentException {

    private final String key;
    private final transient Object[] args;

    public PlanRejectedException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}

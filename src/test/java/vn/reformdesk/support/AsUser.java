package vn.reformdesk.support;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.RunAs;
import vn.reformdesk.units.UnitRef;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** Runs test code as a signed-in user of a role (and, for leaders, a unit). */
public final class AsUser {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private AsUser() {
    }

    public static CurrentUser admin() {
        return user(Roles.ADMIN, null);
    }

    public static CurrentUser chair() {
        return user(Roles.CHAIR, null);
    }

    public static CurrentUser secretariat() {
        return user(Roles.SECRETARIAT, null);
    }

    public static CurrentUser leaderOf(UnitRef unit) {
        return user(Roles.UNIT_LEADER, unit.id());
    }

    public static CurrentUser user(String role, @Nullable Long unitId) {
        long id = IDS.incrementAndGet();
        return new CurrentUser(id, role.toLowerCase() + id, role + " " + id, role, unitId, "", true, false);
    }

    public static void run(CurrentUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(CurrentUser user, Callable<T> work) {
        return RunAs.call(user, work);
    }
}

package vn.reformdesk.security;

/** Runs start-up work (demo data, command-line imports) as the system administrator. */
public final class SystemUser {

    private static final CurrentUser SYSTEM = new CurrentUser(0, "system", "System", Roles.ADMIN, null, "", true, false);

    private SystemUser() {
    }

    public static void run(Runnable work) {
        RunAs.run(SYSTEM, work);
    }
}

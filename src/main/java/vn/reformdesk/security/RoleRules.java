package vn.reformdesk.security;

/**
 * Who may do what, named once. Services put these on their methods ({@code @PreAuthorize(RoleRules.KEEPS_RECORDS)});
 * views ask the same question through {@link #keepsRecords(CurrentUser)} and friends, so that a button and the
 * service behind it can never disagree.
 */
public final class RoleRules {

    /** The secretariat and administrators keep plans, scores, inspections, targets and figures. */
    public static final String KEEPS_RECORDS = "hasAnyRole('" + Roles.SECRETARIAT + "','" + Roles.ADMIN + "')";
    /** Users, units, accounts and the organisation's files: administrators only. */
    public static final String ADMINISTERS = "hasRole('" + Roles.ADMIN + "')";
    /** Appraisers and the secretariat appraise the units' self-assessed index scores. */
    public static final String APPRAISES = "hasAnyRole('" + Roles.APPRAISER + "','" + Roles.SECRETARIAT + "')";
    /** The meeting's directives are recorded by the secretariat, administrators and the chair. */
    public static final String RECORDS_DIRECTIVES =
            "hasAnyRole('" + Roles.ADMIN + "','" + Roles.SECRETARIAT + "','" + Roles.CHAIR + "')";
    /** Figures that units report themselves: record keepers and unit leaders (for their own units). */
    public static final String REPORTS_FIGURES =
            "hasAnyRole('" + Roles.ADMIN + "','" + Roles.SECRETARIAT + "','" + Roles.UNIT_LEADER + "')";
    /** Any signed-in user. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private RoleRules() {
    }

    /** The same question as {@link #KEEPS_RECORDS}, for views and services that branch on it. */
    public static boolean keepsRecords(CurrentUser user) {
        return user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ADMIN);
    }

    /** The same question as {@link #ADMINISTERS}. */
    public static boolean administers(CurrentUser user) {
        return user.hasRole(Roles.ADMIN);
    }

    /** The same question as {@link #APPRAISES}. */
    public static boolean appraises(CurrentUser user) {
        return user.hasRole(Roles.APPRAISER) || user.hasRole(Roles.SECRETARIAT);
    }

    /** The same question as {@link #RECORDS_DIRECTIVES}. */
    public static boolean recordsDirectives(CurrentUser user) {
        return leadsTheCommittee(user);
    }

    /** The committee's chair, secretariat and administrators: they see every unit's detail (e.g. criterion-level scores). */
    public static boolean leadsTheCommittee(CurrentUser user) {
        return keepsRecords(user) || user.hasRole(Roles.CHAIR);
    }

    /** Who sees every unit's scoring round: the committee's leaders and the appraisers. */
    public static boolean seesEveryUnitsRound(CurrentUser user) {
        return leadsTheCommittee(user) || user.hasRole(Roles.APPRAISER);
    }

    /** The same question as {@link #REPORTS_FIGURES}. */
    public static boolean reportsFigures(CurrentUser user) {
        return keepsRecords(user) || user.hasRole(Roles.UNIT_LEADER);
    }
}

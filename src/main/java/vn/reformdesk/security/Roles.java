package vn.reformdesk.security;

/** The roles, as used in {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    /** Users, units, imports. */
    public static final String ADMIN = "ADMIN";
    /** Committee chair and members: read everything. */
    public static final String CHAIR = "CHAIR";
    /** Keeps plans, scores, inspections and figures. */
    public static final String SECRETARIAT = "SECRETARIAT";
    /** District, commune or department leader: only the unit subtree assigned to the user. */
    public static final String UNIT_LEADER = "UNIT_LEADER";
    /** Appraises the units' self-assessed index scores (SECRETARIAT members appraise too). */
    public static final String APPRAISER = "APPRAISER";

    private Roles() {
    }
}

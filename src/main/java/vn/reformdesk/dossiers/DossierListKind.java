package vn.reformdesk.dossiers;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Which dossiers a figure counts: each kind is the SQL rule of {@link DossierKpi} (never a second copy) and the
 * {@link DossierKpi.Figures} value it must equal. Shares open the dossiers of their numerator (early, on time,
 * late of resolved; online of received) or, for the shares of due, of their denominator (the dossiers due).
 */
public enum DossierListKind {
    RECEIVED(DossierKpi.RECEIVED_SQL, DossierKpi.Figures::received),
    RESOLVED("(" + DossierKpi.RESOLVED_SQL + " and " + DossierKpi.STATUS_SQL + " in ('EARLY', 'ON_TIME', 'LATE'))",
            DossierKpi.Figures::resolved),
    EARLY(resolvedAs("EARLY"), DossierKpi.Figures::early),
    ON_TIME(resolvedAs("ON_TIME"), DossierKpi.Figures::onTime),
    LATE(resolvedAs("LATE"), DossierKpi.Figures::late),
    WITHDRAWN(resolvedAs("WITHDRAWN"), DossierKpi.Figures::withdrawn),
    PENDING(DossierKpi.PENDING_AT_SQL, DossierKpi.Figures::pending),
    OVERDUE(DossierKpi.OVERDUE_AT_SQL, DossierKpi.Figures::overdue),
    WAITING(DossierKpi.WAITING_AT_SQL, DossierKpi.Figures::waiting),
    DUE(DossierKpi.DUE_IN_SQL, DossierKpi.Figures::due),
    ONLINE("(" + DossierKpi.RECEIVED_SQL + " and channel = 'ONLINE')", DossierKpi.Figures::receivedOnline),
    NEEDING_APOLOGY("((" + resolvedAs("LATE") + " or " + DossierKpi.OVERDUE_AT_SQL + ") and not apology_issued)",
            DossierKpi.Figures::needingApology);

    private final String sql;
    private final ToLongFunction<DossierKpi.Figures> figure;

    DossierListKind(String sql, ToLongFunction<DossierKpi.Figures> figure) {
        this.sql = sql;
        this.figure = figure;
    }

    private static String resolvedAs(String status) {
        return "(" + DossierKpi.RESOLVED_SQL + " and " + DossierKpi.STATUS_SQL + " = '" + status + "')";
    }

    /** The rule over a row of {@code dossier} (parameters {@code :s} first day, {@code :a} as-of day). */
    String sql() {
        return sql;
    }

    /** The figure this list's count equals. */
    public long figure(DossierKpi.Figures figures) {
        return figure.applyAsLong(figures);
    }

    /** The URL form: lower case with dashes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DossierListKind> parse(String code) {
        for (DossierListKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

package vn.reformdesk.units;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What this installation follows: one province (the default; its provinces are the roots of the unit tree and
 * {@code reformdesk.home-province} is where everyone who sees everything starts) or, with
 * {@code reformdesk.installation=ministry}, the whole country: a NATION unit ({@code reformdesk.nation-code}, "VN")
 * above every province, where the chair and the secretariat start. See
 * {@code docs/decisions/2026-12-01-ministry-installation.md}.
 */
@Component
public class Installation {

    public enum Kind { PROVINCE, MINISTRY }

    private final Kind configuredKind;
    private final String configuredNationCode;
    private final String homeProvinceCode;
    private volatile Kind kind;
    private volatile String nationCode;

    Installation(@Value("${reformdesk.installation:province}") String kind,
                 @Value("${reformdesk.nation-code:VN}") String nationCode,
                 @Value("${reformdesk.home-province:}") String homeProvinceCode) {
        this.configuredKind = parse(kind);
        this.configuredNationCode = nationCode.isBlank() ? "VN" : nationCode.trim();
        this.homeProvinceCode = homeProvinceCode.trim();
        this.kind = configuredKind;
        this.nationCode = configuredNationCode;
    }

    public boolean isMinistry() {
        return kind == Kind.MINISTRY;
    }

    /** The code of the whole country's unit (meaningful in a ministry's installation). */
    public String nationCode() {
        return nationCode;
    }

    /** Where users who see everything start: the country for a ministry, else the home province (blank: the first root). */
    String homeCode() {
        return isMinistry() ? nationCode : homeProvinceCode;
    }

    /**
     * Switches the running installation, for tests of the one shared test context only (the property decides in
     * production); {@link #reset()} returns to the configured one.
     */
    void switchTo(Kind kind, String nationCode) {
        this.kind = kind;
        this.nationCode = nationCode;
    }

    void reset() {
        this.kind = configuredKind;
        this.nationCode = configuredNationCode;
    }

    private static Kind parse(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Kind.PROVINCE;
        }
        try {
            return Kind.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("reformdesk.installation must be 'province' or 'ministry', not '" + value + "'");
        }
    }
}

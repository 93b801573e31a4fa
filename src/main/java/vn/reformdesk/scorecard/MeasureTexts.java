package vn.reformdesk.scorecard;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;

import java.util.Locale;

/**
 * How a measure reads in words, the same on every page, in the briefing pack and in exports: its name, its
 * value ("chưa có số liệu" when unknown, never 0), its target with the rule behind it ("at least 50%
 * (province-wide default)"), and its gap in the field's own terms.
 */
public final class MeasureTexts {

    private MeasureTexts() {
    }

    public static String label(Measure m, Locale locale) {
        Object[] args = m.labelArgs().stream().map(a -> a instanceof LocalizedName n ? n.in(locale) : a).toArray();
        return AppI18NProvider.text(m.labelKey(), locale, args);
    }

    public static String value(@Nullable Double value, MeasureKind kind, Locale locale) {
        if (value == null) {
            return AppI18NProvider.text("scorecard.unknown", locale);
        }
        return switch (kind) {
            case PERCENT -> Formats.percent(value, locale);
            case COUNT, RANK -> Formats.integer(Math.round(value), locale);
            case POINTS -> Formats.decimal(value, 2, locale);
        };
    }

    /** The value, with the counts of a share: "80,6% (29/36)". */
    public static String value(Measure m, Locale locale) {
        String v = value(m.actual(), m.kind(), locale);
        return m.actual() != null && m.part() != null && m.whole() != null ? v + " (" + counts(m, locale) + ")" : v;
    }

    /** "29/36", or "" when the measure is not a share of counts. */
    public static String counts(Measure m, Locale locale) {
        return m.part() == null || m.whole() == null ? ""
                : Formats.integer(m.part(), locale) + "/" + Formats.integer(m.whole(), locale);
    }

    public static String previous(Measure m, Locale locale) {
        return m.previous() == null ? "" : value(m.previous(), m.kind(), locale);
    }

    /** "at least 50%", or "no target set". */
    public static String target(@Nullable Target target, MeasureKind kind, Locale locale) {
        if (target == null) {
            return AppI18NProvider.text("scorecard.no-target", locale);
        }
        return AppI18NProvider.text("scorecard.comparison." + target.comparison().name(), locale, value(target.value(), kind, locale));
    }

    /** The rule behind the colour: "at least 50% (province-wide default)". */
    public static String rule(Measure m, Locale locale) {
        Target t = m.target();
        if (t == null) {
            return target(null, m.kind(), locale);
        }
        return target(t, m.kind(), locale) + " (" + source(t.source(), null, locale) + ")";
    }

    public static String source(Target.Source source, @Nullable String fromUnit, Locale locale) {
        return AppI18NProvider.text("scorecard.source." + source.name(), locale, fromUnit == null ? "" : fromUnit);
    }

    /** The gap in the field's own terms, or "" when the measure is on target or unknown. */
    public static String gap(Measure m, Locale locale) {
        return m.gapKey().isEmpty() ? "" : AppI18NProvider.text(m.gapKey(), locale, m.gapArgs().toArray());
    }

    public static String field(String field, Locale locale) {
        return AppI18NProvider.text("scorecard.field." + field, locale);
    }

    /** The state a colour shows. */
    public enum State { MET, BEHIND, NO_TARGET, UNKNOWN }

    public static State state(Measure m) {
        if (m.actual() == null) {
            return State.UNKNOWN;
        }
        if (m.target() == null) {
            return State.NO_TARGET;
        }
        return m.behind() ? State.BEHIND : State.MET;
    }
}

package vn.reformdesk.rankings.ui;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.rankings.Band;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.rankings.Scale;

import java.math.BigDecimal;
import java.util.Locale;

/** How the rankings views write scores, bands and changes. */
final class RankingUi {

    static final String INDEX = "index";
    static final String TIER = "tier";
    static final String OF = "of";

    private RankingUi() {
    }

    static String score(IndexDef index, BigDecimal score, Locale locale) {
        return index.scale() == Scale.PERCENT ? Formats.percent(score.doubleValue(), locale) : Formats.decimal(score.doubleValue(), 2, locale);
    }

    static String points(BigDecimal points, Locale locale) {
        return Formats.decimal(points.doubleValue(), 2, locale);
    }

    /** The band's label and its badge classes, for a grid cell. */
    static String bandLabel(@Nullable Band band, Locale locale) {
        return band == null ? "–" : band.label(locale);
    }

    static String bandClasses(@Nullable Band band) {
        return "rd-badge " + (band == null ? "grey" : band.color());
    }

    /** The rank change as shown: "–" unknown, new, "≈" approximate, "=", "▲ 2" or "▼ 1". */
    static String changeText(RankingService.@Nullable Change change, Locale locale) {
        if (change == null) {
            return "–";
        } else if (change.isNew()) {
            return AppI18NProvider.text("rankings.change.new", locale);
        } else if (change.approximate()) {
            // several predecessors, or one merged in part: no rank to compare with, the score change is approximate
            return "≈";
        } else if (change.rankChange() == null || change.rankChange() == 0) {
            return "=";
        }
        return change.rankChange() > 0 ? "▲ " + change.rankChange() : "▼ " + (-change.rankChange());
    }

    static String changeClasses(RankingService.@Nullable Change change) {
        StringBuilder classes = new StringBuilder("rk-change");
        if (change != null && change.isNew()) {
            classes.append(" rd-badge grey rk-new");
        } else if (change != null && change.approximate()) {
            classes.append(" rk-approx");
        } else if (change != null && change.rankChange() != null && change.rankChange() != 0) {
            classes.append(change.rankChange() > 0 ? " rd-status-green" : " rd-status-red");
        }
        if (change != null && change.fromPredecessors()) {
            classes.append(" rk-from-predecessors");
        }
        return classes.toString();
    }

    /** The note on the units last year's figures came from, or "" when they are the unit's own. */
    static String changeTitle(RankingService.@Nullable Change change, Locale locale) {
        return change != null && change.fromPredecessors() ? predecessorsNote(change, locale) : "";
    }

    /** Says which units last year's figures came from, and whether the change is approximate. */
    static String predecessorsNote(RankingService.Change change, Locale locale) {
        String names = String.join(", ", change.predecessors().stream().map(u -> vn.reformdesk.units.UnitNames.name(u, locale)).toList());
        return AppI18NProvider.text(change.approximate() ? "rankings.change.approximate" : "rankings.change.from-predecessor", locale, names);
    }

    static String scoreChange(RankingService.@Nullable Change change, Locale locale) {
        if (change == null || change.isNew() || change.scoreChange() == null) {
            return "";
        }
        String text = Formats.decimal(change.scoreChange().doubleValue(), 2, locale);
        text = change.scoreChange().signum() > 0 ? "+" + text : text;
        return change.approximate() ? "≈ " + text : text;
    }

    /** A heat-map colour for a share (0–1) of an area's maximum: red below 60%, through amber, to green. */
    static String heat(double share) {
        double s = Math.max(0, Math.min(1, (share - 0.5) / 0.5));
        int hue = (int) Math.round(s * 120);
        return "hsl(" + hue + ", 70%, 85%)";
    }
}

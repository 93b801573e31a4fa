package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.html.Span;
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

    static Span band(@Nullable Band band, Locale locale) {
        Span s = new Span(band == null ? "–" : band.label(locale));
        s.addClassNames("rd-badge", band == null ? "grey" : band.color());
        return s;
    }

    static Span rankChange(RankingService.@Nullable Change change, Locale locale) {
        Span s = new Span();
        s.addClassName("rk-change");
        if (change == null) {
            s.setText("–");
        } else if (change.isNew()) {
            s.setText(AppI18NProvider.text("rankings.change.new", locale));
            s.addClassNames("rd-badge", "grey", "rk-new");
        } else if (change.approximate()) {
            // several predecessors, or one merged in part: no rank to compare with, the score change is approximate
            s.setText("≈");
            s.addClassNames("rk-approx");
        } else if (change.rankChange() == null || change.rankChange() == 0) {
            s.setText("=");
        } else if (change.rankChange() > 0) {
            s.setText("▲ " + change.rankChange());
            s.addClassName("rd-status-green");
        } else {
            s.setText("▼ " + (-change.rankChange()));
            s.addClassName("rd-status-red");
        }
        if (change != null && change.fromPredecessors()) {
            s.getElement().setAttribute("title", predecessorsNote(change, locale));
            s.addClassName("rk-from-predecessors");
        }
        return s;
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

package vn.reformdesk.review;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureTexts;

import java.util.Locale;

/** Lines of the review that the page, the presentation and the pack write alike. */
public final class ReviewTexts {

    private ReviewTexts() {
    }

    /** "PAR_INDEX 2019: 84,50/100, rank (of 63 provinces) 12 (a year before: 15)". */
    public static String nationalLine(Measure m, Locale locale) {
        if (m.kind() != vn.reformdesk.scorecard.MeasureKind.RANK) {
            // a part of a national result (a PAR INDEX component, a PAPI dimension ...): its value and the change since the year before
            String line = "– " + MeasureTexts.label(m, locale) + ": " + MeasureTexts.value(m, locale);
            if (m.actual() != null && m.previous() != null) {
                double change = m.actual() - m.previous();
                String signed = (change > 0.004 ? "+" : change < -0.004 ? "−" : "±") + Formats.decimal(Math.abs(change), 2, locale);
                line += " (" + AppI18NProvider.text("review.national.part.change", locale, signed) + ")";
            }
            return line;
        }
        String rank = m.actual() == null ? MeasureTexts.value(m, locale) : Formats.integer(Math.round(m.actual()), locale);
        String line = MeasureTexts.label(m, locale) + " " + rank;
        if (m.previous() != null) {
            line += " (" + AppI18NProvider.text("review.national.previous", locale, Formats.integer(Math.round(m.previous()), locale)) + ")";
        }
        return line;
    }
}

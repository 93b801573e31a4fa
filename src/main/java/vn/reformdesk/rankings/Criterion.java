package vn.reformdesk.rankings;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A node of an index's criteria tree: an area (no parent), a criterion or a sub-criterion. Scores are
 * entered on leaves; every other node's points are the sum of its leaves.
 *
 * @param survey a leaf scored by the sociological survey instead of self-assessment and appraisal
 */
public record Criterion(long id, @Nullable Long parentId, String code, String name, @Nullable String nameEn,
                        BigDecimal max, boolean survey, int position) {

    public String name(Locale locale) {
        return AppLocales.name(name, nameEn, locale);
    }

    public boolean isArea() {
        return parentId == null;
    }
}

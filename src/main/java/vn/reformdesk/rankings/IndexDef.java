package vn.reformdesk.rankings;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An index for one year: which tiers of units it ranks, its scale and rating bands (highest first).
 *
 * @param published the latest published revision, 0 while only the draft exists
 */
public record IndexDef(long id, long provinceId, String code, int year, String name, @Nullable String nameEn,
                       Set<UnitTier> tiers, Scale scale, List<Band> bands, long version, int published) {

    public IndexDef {
        tiers = Set.copyOf(tiers);
        bands = bands.stream().sorted(Comparator.comparing(Band::min).reversed()).toList();
    }

    public String name(Locale locale) {
        return AppLocales.name(name, nameEn, locale);
    }

    public boolean isPublished() {
        return published > 0;
    }

    /** The band a score falls in: the first whose minimum it reaches; null when no band fits. */
    public @Nullable Band bandOf(BigDecimal score) {
        return bands.stream().filter(b -> score.compareTo(b.min()) >= 0).findFirst().orElse(null);
    }
}

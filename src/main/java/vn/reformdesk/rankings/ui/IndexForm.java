package vn.reformdesk.rankings.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.rankings.Scale;
import vn.reformdesk.units.UnitTier;

import java.util.Set;

/**
 * What the index definition form edits: code, names, the tiers ranked, the scale and the rating bands as typed
 * ("Tốt/Good=90; Khá/Fair=80; …"). The constraints' messages are keys of the rankings bundle, shown translated on
 * the field; the bands are read by the view and checked again by {@code IndexService}, which names the field it
 * refuses. Public because the binder creates it by reflection.
 */
public record IndexForm(
        @NotBlank(message = "rankings.error.code-name")
        @Size(max = 40, message = "rankings.error.code-long")
        String code,
        @NotBlank(message = "rankings.error.code-name")
        @Size(max = 200, message = "rankings.error.name-long")
        String name,
        @Size(max = 200, message = "rankings.error.name-long")
        @Nullable String nameEn,
        @NotEmpty(message = "rankings.error.no-tiers")
        Set<UnitTier> tiers,
        @NotNull(message = "rankings.error.scale")
        Scale scale,
        @NotBlank(message = "rankings.error.bands")
        String bands) {
}

package vn.reformdesk.base.ui;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One colour per series everywhere: a series' colour follows its key (what it stands for: "dossiers.late",
 * a national result kind, a dossier level), never its place in the chart, so a unit whose chart lacks a series
 * does not shift the colours of the others. The keys the application draws are named here (late is red, done is
 * green, each national result kind and dossier level its own); any other key takes a place in the palette from
 * its text (String.hashCode is fixed by the language), moving to the next free one when a chart already uses it
 * (stable as long as it does not collide: name a new family of series here). A series without a key takes the
 * palette by its place.
 */
public final class SeriesColors {

    /** Distinguishable for the common colour-vision deficiencies (after Okabe and Ito), then darker tones. */
    static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
            "#7a6a00", "#6a3d9a", "#37474f", "#00796b", "#ad1457", "#5d4037");

    private static final String GOOD = "#2e7d32";
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("dossiers.early", GOOD),
            Map.entry("dossiers.on-time", "#7cb342"),
            Map.entry("dossiers.late", "#c62828"),
            Map.entry("dossiers.level.NONE", "#90a4ae"),
            Map.entry("dossiers.level.LEVEL_2", PALETTE.get(4)),
            Map.entry("dossiers.level.LEVEL_3", PALETTE.get(0)),
            Map.entry("dossiers.level.LEVEL_4", PALETTE.get(7)),
            Map.entry("dossiers.level.PARTIAL_ONLINE", PALETTE.get(1)),
            Map.entry("dossiers.level.FULL_ONLINE", PALETTE.get(2)),
            Map.entry("rankings.national.PAR_INDEX", PALETTE.get(0)),
            Map.entry("rankings.national.SIPAS", PALETTE.get(1)),
            Map.entry("rankings.national.PAPI", PALETTE.get(2)),
            Map.entry("rankings.national.SERVICE_766", PALETTE.get(5)),
            Map.entry("inspections.planned", "#90a4ae"),
            Map.entry("inspections.done", GOOD));

    private SeriesColors() {
    }

    /** The colour of each key, in order; no two series of one chart share a palette colour. */
    public static List<String> forKeys(List<@Nullable String> keys) {
        List<String> result = new ArrayList<>(keys.size());
        Set<String> used = new HashSet<>();
        for (String key : keys) {
            if (key != null && FIXED.containsKey(key)) {
                used.add(FIXED.get(key));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String colour;
            if (key != null && FIXED.containsKey(key)) {
                colour = FIXED.get(key);
            } else {
                int start = key == null ? i : Math.floorMod(key.hashCode(), PALETTE.size());
                colour = PALETTE.get(start % PALETTE.size());
                for (int step = 1; used.contains(colour) && step < PALETTE.size(); step++) {
                    colour = PALETTE.get((start + step) % PALETTE.size());
                }
            }
            used.add(colour);
            result.add(colour);
        }
        return result;
    }

    /** The colour of one key on its own (what a legend outside a chart would show). */
    public static String of(String key) {
        return forKeys(List.of(key)).getFirst();
    }
}

package vn.reformdesk.units;

import java.util.List;
import java.util.Set;

/**
 * How the stocks (pending, overdue, waiting dossiers) of abolished units count in a unit as of a day on or after
 * the change: {@code flowsOnly} are predecessors in the unit's {@link FigureScope} whose stocks went to another of
 * their successors (their heir), so only their flows count here; {@code stocksOnly} are scopes of abolished units
 * of another tier (an old district's own desk, scope −id, or the district itself when it had no units below)
 * whose stocks this unit inherited. {@code heirOfPart} when the unit inherited the stocks of a unit it took only
 * part of: the figure is then marked approximate.
 */
public record StockShares(Set<Long> flowsOnly, List<Long> stocksOnly, boolean heirOfPart) {

    public static final StockShares NONE = new StockShares(Set.of(), List.of(), false);
}

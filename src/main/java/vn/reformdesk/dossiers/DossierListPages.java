package vn.reformdesk.dossiers;

import vn.reformdesk.dossiers.DossierListService.Query;
import vn.reformdesk.dossiers.DossierListService.Row;
import vn.reformdesk.dossiers.DossierListService.Sort;

import java.time.LocalDate;
import java.util.List;

/**
 * A list opened for paging, made only by {@link DossierListService#open}: its count as of opening and its
 * pages. A list of at most {@link DossierListService#SNAPSHOT_LIMIT} dossiers keeps the ids in their order, read
 * once, and fetches each page by id, so scrolling and jumping to the end cost the same as the first page. A
 * longer list pages in the database (offset). Either way the count does not move while the list is open; it
 * is read again when the list is opened again (a filter, a sort or a refresh).
 */
public final class DossierListPages {

    /** The page fetcher of the service: ids in order to rows in that order. */
    interface ById {
        List<Row> rows(LocalDate asOf, List<String> ids);
    }

    /** The service's offset pager, for lists longer than the snapshot. */
    interface ByOffset {
        List<Row> rows(Query query, Sort sort, boolean ascending, int offset, int limit);
    }

    private final Query query;
    private final Sort sort;
    private final boolean ascending;
    private final LocalDate asOf;
    private final long count;
    /** The ids in list order, joined, and where each starts (one more entry than ids: the end); null = offset paging. */
    private final String joined;
    private final int[] starts;
    private final ById byId;
    private final ByOffset byOffset;

    DossierListPages(Query query, Sort sort, boolean ascending, LocalDate asOf, List<String> ids, ById byId) {
        this.query = query;
        this.sort = sort;
        this.ascending = ascending;
        this.asOf = asOf;
        this.count = ids.size();
        StringBuilder b = new StringBuilder();
        this.starts = new int[ids.size() + 1];
        for (int i = 0; i < ids.size(); i++) {
            starts[i] = b.length();
            b.append(ids.get(i));
        }
        starts[ids.size()] = b.length();
        this.joined = b.toString();
        this.byId = byId;
        this.byOffset = null;
    }

    DossierListPages(Query query, Sort sort, boolean ascending, LocalDate asOf, long count, ByOffset byOffset) {
        this.query = query;
        this.sort = sort;
        this.ascending = ascending;
        this.asOf = asOf;
        this.count = count;
        this.joined = null;
        this.starts = null;
        this.byId = null;
        this.byOffset = byOffset;
    }

    public Query query() {
        return query;
    }

    public Sort sort() {
        return sort;
    }

    public boolean ascending() {
        return ascending;
    }

    /** The day the list's stocks were read. */
    public LocalDate asOf() {
        return asOf;
    }

    /** How many dossiers the list held when it was opened. */
    public long count() {
        return count;
    }

    /** Whether the pages come from the ids kept at opening (true) or from the database by offset (false). */
    public boolean kept() {
        return joined != null;
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the list, in its order. */
    public List<Row> page(int offset, int limit) {
        int from = (int) Math.min(Math.max(0, offset), count);
        int to = (int) Math.min(count, (long) from + Math.max(0, limit));
        if (from >= to) {
            return List.of();
        }
        if (joined == null) {
            return byOffset.rows(query, sort, ascending, from, to - from);
        }
        String[] ids = new String[to - from];
        for (int i = from; i < to; i++) {
            ids[i - from] = joined.substring(starts[i], starts[i + 1]);
        }
        return byId.rows(asOf, List.of(ids));
    }
}

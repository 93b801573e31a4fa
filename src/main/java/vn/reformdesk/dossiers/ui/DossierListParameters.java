package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.dossiers.DossierKpi;
import vn.reformdesk.dossiers.DossierListKind;
import vn.reformdesk.dossiers.DossierListService.Filter;
import vn.reformdesk.dossiers.DossierListService.Sort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dossier list's state in the URL query, next to the unit and the period:
 * {@code list=overdue&part=desk&field=LAND&desk=COMMUNE&status=PENDING&channel=ONLINE&id=89-L0001&sort=days-late&dir=desc}.
 * Reading never fails: a value the list does not know (a status that does not exist, a sort on no column…) is left
 * out and named in {@link #ignored()}, which the page shows as a note.
 *
 * @param kind    the figure's list (null = not given: the received dossiers)
 * @param sort    the sorted column (null = the list's default order)
 * @param ignored the parameters left out, as {@code name=value}
 */
record DossierListParameters(@Nullable DossierListKind kind, Filter filter, @Nullable Sort sort, boolean ascending,
                             List<String> ignored) {

    static final String LIST = "list";
    static final String FIELD = "field";
    static final String DESK = "desk";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String ID = "id";
    static final String PART = "part";
    static final String SORT = "sort";
    static final String DIR = "dir";
    /** The longest id search kept from the URL (dossier ids are far shorter). */
    static final int MAX_ID = 64;

    static DossierListParameters read(QueryParameters query) {
        List<String> ignored = new ArrayList<>();
        Map<String, List<String>> q = query.getParameters();
        DossierListKind kind = value(q, LIST, DossierListKind::parse, ignored);
        String field = value(q, FIELD, v -> known(v, DossierListView.FIELDS), ignored);
        String desk = value(q, DESK, v -> known(v, DossierListView.DESKS), ignored);
        DossierKpi.Status status = value(q, STATUS, v -> parseEnum(DossierKpi.Status.class, v), ignored);
        String channel = value(q, CHANNEL, v -> known(v, DossierListView.CHANNELS), ignored);
        String id = value(q, ID, v -> v.trim().length() > MAX_ID ? Optional.empty() : Optional.of(v.trim()), ignored);
        DossierKpi.Part part = value(q, PART, DossierKpi.Part::parse, ignored);
        Sort sort = value(q, SORT, v -> parseEnum(Sort.class, v.replace('-', '_')), ignored);
        Boolean dir = value(q, DIR, v -> "asc".equals(v) ? Optional.of(true) : "desc".equals(v) ? Optional.of(false) : Optional.empty(),
                ignored);
        return new DossierListParameters(kind, new Filter(field, desk, status, channel, id, part), sort,
                dir == null || dir, List.copyOf(ignored));
    }

    /** The URL of a list: {@code base} (unit and period) with the list's kind, filter and, unless null, its sort. */
    static QueryParameters write(QueryParameters base, DossierListKind kind, Filter f, @Nullable Sort sort, boolean ascending) {
        Map<String, List<String>> q = new LinkedHashMap<>(base.getParameters());
        q.put(LIST, List.of(kind.code()));
        put(q, PART, f.part() == null ? null : f.part().code());
        put(q, FIELD, f.field());
        put(q, DESK, f.desk());
        put(q, STATUS, f.status() == null ? null : f.status().name());
        put(q, CHANNEL, f.channel());
        put(q, ID, f.id());
        if (sort != null) {
            q.put(SORT, List.of(sort.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            q.put(DIR, List.of(ascending ? "asc" : "desc"));
        }
        return new QueryParameters(q);
    }

    private static void put(Map<String, List<String>> q, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            q.put(name, List.of(value));
        }
    }

    private static <T> @Nullable T value(Map<String, List<String>> q, String name, Function<String, Optional<T>> parse,
                                         List<String> ignored) {
        List<String> values = q.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String v = values.getFirst();
        if (v == null || v.isBlank()) {
            return null; // an empty value is no value
        }
        Optional<T> parsed = parse.apply(v);
        if (parsed.isEmpty()) {
            ignored.add(name + "=" + (v.length() > MAX_ID ? v.substring(0, MAX_ID) + "…" : v));
        }
        return parsed.orElse(null);
    }

    private static Optional<String> known(String v, List<String> values) {
        String upper = v.trim().toUpperCase(Locale.ROOT);
        return values.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

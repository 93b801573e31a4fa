package vn.reformdesk.units;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lineage of units across a reorganisation (from the conversion table): what a new unit came from, what an
 * abolished one went into, and which units' figures stand for a unit in a period before it existed. Names of
 * related units are public like those of ancestors; their figures stay behind each feature's own scope checks.
 */
@Service
@Transactional(readOnly = true)
public class UnitLineageService {

    private static final int MAX_STEPS = 5;
    private final JdbcTemplate jdbc;
    private final UnitRepository units;
    private final UnitService unitService;

    UnitLineageService(JdbcTemplate jdbc, UnitRepository units, UnitService unitService) {
        this.jdbc = jdbc;
        this.units = units;
        this.unitService = unitService;
    }

    /** The units of the same tier this unit came from (old communes of a new commune), whole ones first, then by code. */
    public List<LineageLink> predecessors(long unitId) {
        unitService.requireReadable(unitId);
        UnitRef unit = units.findById(unitId).orElseThrow().toRef();
        return links("predecessor_id", "successor_id", unitId).stream().filter(l -> l.unit().tier() == unit.tier()).toList();
    }

    /** The abolished units of another tier whose territory went (partly) into this one: a new commune's old districts. */
    public List<LineageLink> formerlyPartOf(long unitId) {
        unitService.requireReadable(unitId);
        UnitRef unit = units.findById(unitId).orElseThrow().toRef();
        return links("predecessor_id", "successor_id", unitId).stream().filter(l -> l.unit().tier() != unit.tier()).toList();
    }

    /** The units this unit went into. */
    public List<LineageLink> successors(long unitId) {
        unitService.requireReadable(unitId);
        return links("successor_id", "predecessor_id", unitId);
    }

    /**
     * The units whose figures stand for {@code unit} in {@code period}: itself if it existed in the period, else
     * its predecessors that did (followed back through several changes). Empty sources when neither did.
     */
    public HistorySources sourcesFor(UnitRef unit, Period period) {
        unitService.requireReadable(unit);
        return sources(unit, period);
    }

    /**
     * {@link #sourcesFor} without the reading check, for figures that are public to everyone signed in (a published
     * ranking names every unit it ranks and its score): it only names the units, their figures stay behind the
     * caller's own rules.
     */
    public HistorySources publicSourcesFor(UnitRef unit, Period period) {
        return sources(unit, period);
    }

    /** The units of the same tier that {@code unit} came from (old provinces of a new province), without a reading check. */
    public List<UnitRef> publicPredecessors(UnitRef unit) {
        return links("predecessor_id", "successor_id", unit.id()).stream().map(LineageLink::unit)
                .filter(u -> u.tier() == unit.tier()).toList();
    }

    private HistorySources sources(UnitRef unit, Period period) {
        if (unit.validDuring(period)) {
            return new HistorySources(unit, List.of(unit), false);
        }
        Map<Long, UnitRef> found = new LinkedHashMap<>();
        boolean approximate = false;
        List<UnitRef> frontier = List.of(unit);
        for (int step = 0; step < MAX_STEPS && !frontier.isEmpty(); step++) {
            List<UnitRef> next = new ArrayList<>();
            for (UnitRef u : frontier) {
                for (LineageLink l : links("predecessor_id", "successor_id", u.id())) {
                    if (l.unit().tier() != unit.tier()) {
                        continue;
                    }
                    approximate |= !l.whole() || (l.share() == LinkShare.OTHER && successorCount(l.unit().id()) > 1);
                    if (l.unit().validDuring(period)) {
                        found.putIfAbsent(l.unit().id(), l.unit());
                    } else if (l.unit().validFrom() != null && !l.unit().validFrom().isBefore(period.start())) {
                        next.add(l.unit());
                    }
                }
            }
            frontier = next;
        }
        return new HistorySources(unit, List.copyOf(found.values()), approximate);
    }

    /**
     * The units whose records count as this unit's own across a reorganisation: the unit and, followed back, its
     * predecessors of the same tier (a new commune's old communes, new An Giang's old provinces). Summed month by
     * month this gives the trend and the year-over-year change before the unit existed: its predecessors until the
     * change date, the unit itself after it. {@code approximate} when one of them went into the unit only in part.
     */
    public FigureScope figureScope(UnitRef unit) {
        unitService.requireReadable(unit);
        Map<Long, Boolean> ids = new LinkedHashMap<>();
        ids.put(unit.id(), true);
        boolean approximate = false;
        List<UnitRef> frontier = List.of(unit);
        for (int step = 0; step < MAX_STEPS && !frontier.isEmpty(); step++) {
            List<UnitRef> next = new ArrayList<>();
            for (UnitRef u : frontier) {
                for (LineageLink l : links("predecessor_id", "successor_id", u.id())) {
                    if (l.unit().tier() == unit.tier() && ids.putIfAbsent(l.unit().id(), true) == null) {
                        approximate |= !l.whole() || (l.share() == LinkShare.OTHER && successorCount(l.unit().id()) > 1);
                        next.add(l.unit());
                    }
                }
            }
            frontier = next;
        }
        return new FigureScope(List.copyOf(ids.keySet()), approximate);
    }

    /**
     * Which abolished unit's stocks count in {@code unit} as of {@code asOf} (see {@link StockShares}). An abolished
     * unit's pending dossiers go, from the change date, to one successor only, its heir: the only successor after a
     * whole merge; after a partial one the successor that kept the old unit's code, else the one with the lowest
     * code (the statistics office's table lists new units by code, so this is the first one it names). Before the
     * change date nothing moves: {@link StockShares#NONE}.
     */
    public StockShares stockShares(UnitRef unit, java.time.LocalDate asOf) {
        unitService.requireReadable(unit);
        java.util.Set<Long> flowsOnly = new java.util.HashSet<>();
        List<Long> stocksOnly = new ArrayList<>();
        boolean heirOfPart = false;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<UnitRef> frontier = List.of(unit);
        for (int step = 0; step < MAX_STEPS && !frontier.isEmpty(); step++) {
            List<UnitRef> next = new ArrayList<>();
            for (UnitRef u : frontier) {
                for (LineageLink l : links("predecessor_id", "successor_id", u.id())) {
                    UnitRef old = l.unit();
                    if (l.effective().isAfter(asOf) || !seen.add(old.id())) {
                        continue;
                    }
                    List<LineageLink> heirs = links("successor_id", "predecessor_id", old.id());
                    boolean heir = heirs.size() <= 1 || heirOf(old, heirs) == u.id();
                    if (old.tier() == unit.tier()) {
                        if (!heir) {
                            flowsOnly.add(old.id());
                        } else {
                            heirOfPart |= heirs.size() > 1;
                            next.add(old);
                        }
                    } else if (heir && old.tier() == UnitTier.DISTRICT && u.id() == unit.id()) {
                        stocksOnly.add(hasChildren(old.id()) ? -old.id() : old.id());
                        heirOfPart |= heirs.size() > 1;
                    }
                }
            }
            frontier = next;
        }
        return new StockShares(java.util.Set.copyOf(flowsOnly), List.copyOf(stocksOnly), heirOfPart);
    }

    private static long heirOf(UnitRef old, List<LineageLink> successors) {
        return successors.stream().map(LineageLink::unit)
                .min(java.util.Comparator.comparing((UnitRef s) -> !s.code().equals(old.code())).thenComparing(UnitRef::code)
                        .thenComparing(UnitRef::id))
                .orElseThrow().id();
    }

    private boolean hasChildren(long unitId) {
        LinkGraph graph = ahead.get();
        if (graph != null && graph.parentsKnown.contains(unitId)) {
            return graph.parents.contains(unitId);
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from unit where parent_id = ?)", Boolean.class, unitId));
    }

    /** Days inside the period on which a reorganisation took effect (1 July 2025 within 2025). */
    public List<java.time.LocalDate> changesDuring(Period period) {
        return jdbc.queryForList("select distinct effective from unit_link where effective > ? and effective <= ? order by effective",
                java.time.LocalDate.class, period.start(), period.end());
    }

    /** The unit that took over from an abolished one when it went whole into a single successor. */
    public Optional<UnitRef> soleSuccessor(long unitId) {
        List<LineageLink> s = links("successor_id", "predecessor_id", unitId);
        return s.size() == 1 ? Optional.of(s.getFirst().unit()) : Optional.empty();
    }

    private int successorCount(long unitId) {
        LinkGraph graph = ahead.get();
        if (graph != null) {
            return graph.successorCount(unitId);
        }
        Integer n = jdbc.queryForObject("select count(*) from unit_link where predecessor_id = ?", Integer.class, unitId);
        return n == null ? 0 : n;
    }

    private List<LineageLink> links(String otherColumn, String ownColumn, long unitId) {
        LinkGraph graph = ahead.get();
        if (graph != null) {
            return graph.links(ownColumn.equals("successor_id"), unitId);
        }
        List<Object[]> rows = jdbc.query("select " + otherColumn + ", share, note, effective from unit_link where " + ownColumn + " = ?",
                (rs, i) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class)},
                unitId);
        Map<Long, UnitRef> byId = new LinkedHashMap<>();
        units.findAllById(rows.stream().map(r -> (Long) r[0]).toList()).forEach(u -> byId.put(u.getId(), u.toRef()));
        return sorted(rows.stream().filter(r -> byId.containsKey((Long) r[0]))
                .map(r -> new LineageLink(byId.get((Long) r[0]), LinkShare.valueOf((String) r[1]), (String) r[2], (java.time.LocalDate) r[3])));
    }

    private static List<LineageLink> sorted(java.util.stream.Stream<LineageLink> links) {
        return links.sorted(java.util.Comparator.comparing((LineageLink l) -> !l.whole()).thenComparing(l -> l.unit().tier())
                .thenComparing(l -> l.unit().code())).toList();
    }

    /**
     * Runs {@code work} with the links of these units, and of the units linked to them three steps out, read ahead in
     * a few queries: the figures of a province's hundred communes each follow their predecessors and heirs, which
     * one query per link made 2,000 queries and 200 ms for a new province of the whole country. Within {@code work}
     * this thread's lineage reads ({@link #figureScope}, {@link #stockShares}, ...) come from what was read ahead;
     * they still check scope as always. Nested calls run inside the outer one.
     */
    public void readingAhead(java.util.Collection<UnitRef> list, Runnable work) {
        if (ahead.get() != null) {
            work.run();
            return;
        }
        LinkGraph graph = new LinkGraph();
        ahead.set(graph);
        try {
            java.util.Set<Long> ids = new java.util.HashSet<>(list.stream().map(UnitRef::id).toList());
            for (int step = 0; step < 3 && !ids.isEmpty(); step++) {
                ids = graph.load(ids);
            }
            work.run();
        } finally {
            ahead.remove();
        }
    }

    /** The links read ahead for this thread ({@link #readingAhead}); null outside it. */
    private final ThreadLocal<LinkGraph> ahead = new ThreadLocal<>();

    /** Links by unit as both ends, the units at their other ends, and which of them have children. */
    private final class LinkGraph {
        private final Map<Long, List<Object[]>> asSuccessor = new java.util.HashMap<>();
        private final Map<Long, List<Object[]>> asPredecessor = new java.util.HashMap<>();
        private final Map<Long, UnitRef> refs = new java.util.HashMap<>();
        // of the units read ahead (parentsKnown), those with children (parents)
        private final java.util.Set<Long> parents = new java.util.HashSet<>();
        private final java.util.Set<Long> parentsKnown = new java.util.HashSet<>();

        /** Reads the links of these units (those not read yet); returns the units at their other ends not read yet. */
        java.util.Set<Long> load(java.util.Collection<Long> ids) {
            List<Long> missing = ids.stream().filter(id -> !asSuccessor.containsKey(id)).distinct().toList();
            if (missing.isEmpty()) {
                return java.util.Set.of();
            }
            java.util.Set<Long> reading = new java.util.HashSet<>(missing);
            missing.forEach(id -> {
                asSuccessor.put(id, new ArrayList<>());
                asPredecessor.put(id, new ArrayList<>());
            });
            java.util.Set<Long> others = new java.util.HashSet<>();
            Long[] array = missing.toArray(Long[]::new);
            jdbc.query("select predecessor_id, successor_id, share, note, effective from unit_link"
                    + " where predecessor_id = any(?) or successor_id = any(?)", rs -> {
                long predecessor = rs.getLong(1);
                long successor = rs.getLong(2);
                Object[] row = {predecessor, successor, rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class)};
                if (reading.contains(successor)) {
                    asSuccessor.get(successor).add(row);
                }
                if (reading.contains(predecessor)) {
                    asPredecessor.get(predecessor).add(row);
                }
                others.add(predecessor);
                others.add(successor);
            }, array, array);
            List<Long> unknown = java.util.stream.Stream.concat(others.stream(), missing.stream()).filter(id -> !refs.containsKey(id))
                    .distinct().toList();
            units.findAllById(unknown).forEach(u -> refs.put(u.getId(), u.toRef()));
            Long[] all = unknown.toArray(Long[]::new);
            parents.addAll(jdbc.queryForList("select distinct parent_id from unit where parent_id = any(?)", Long.class, (Object) all));
            parentsKnown.addAll(unknown);
            others.removeIf(asSuccessor::containsKey);
            return others;
        }

        List<LineageLink> links(boolean predecessors, long unitId) {
            load(List.of(unitId));
            List<Object[]> rows = predecessors ? asSuccessor.get(unitId) : asPredecessor.get(unitId);
            return sorted(rows.stream().map(r -> {
                UnitRef other = refs.get((Long) r[predecessors ? 0 : 1]);
                return other == null ? null : new LineageLink(other, LinkShare.valueOf((String) r[2]), (String) r[3], (java.time.LocalDate) r[4]);
            }).filter(java.util.Objects::nonNull));
        }

        int successorCount(long unitId) {
            load(List.of(unitId));
            return asPredecessor.get(unitId).size();
        }

    }
}

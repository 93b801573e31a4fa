package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.units.HistorySources;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.base.UserFacingException;

/**
 * The one place where totals, scores, bands, ranks and year-over-year changes are computed.
 * <ul>
 * <li>A leaf's points: the survey points for a survey leaf, otherwise the appraised points (the
 * self-assessed ones while the appraisal is missing). Every other node's points are the sum of its leaves.</li>
 * <li>Score: the points (scale POINTS) or the points as % of the index's maximum, rounded half-up to two
 * decimals (scale PERCENT). Bands and ranks use the score.</li>
 * <li>Rank: 1 + the number of units of the same tier (within the shown unit) with a higher score, so
 * ties share a rank and the next rank is skipped (1, 2, 2, 4).</li>
 * <li>Change: against the same index code one year earlier, matched by unit (not by code): a unit that
 * was not ranked last year is "new", never a jump from zero. Across a reorganisation (1 July 2025) a unit that did
 * not exist last year is compared with its predecessors ({@link UnitLineageService#publicSourcesFor}), from the
 * index of the same code of its province or, for a new province, of the provinces it came from: one predecessor
 * that went into it whole gives the exact change of score and rank; several predecessors, or one that went into it
 * only in part, give the change of score against their average, marked approximate and without a rank change
 * (their ranks were among other units). "New" only when none of them was ranked.</li>
 * </ul>
 * Everyone signed in reads a published ranking; drafts only CHAIR, SECRETARIAT and ADMIN. Criterion-level
 * detail of a unit: those roles, or a leader for units in their own scope.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

    /**
     * Change since last year; {@code rankChange} > 0 means moved up. {@code predecessors} names the units last
     * year's figures came from when the unit did not exist then (empty otherwise); {@code approximate} when they
     * were several or went into the unit only in part.
     */
    public record Change(boolean isNew, @Nullable Integer rankChange, @Nullable BigDecimal scoreChange, List<UnitRef> predecessors,
                         boolean approximate) {
        static final Change NEW = new Change(true, null, null, List.of(), false);

        public Change(boolean isNew, @Nullable Integer rankChange, @Nullable BigDecimal scoreChange) {
            this(isNew, rankChange, scoreChange, List.of(), false);
        }

        public boolean fromPredecessors() {
            return !predecessors.isEmpty();
        }
    }

    public record RankingRow(UnitRef unit, int rank, BigDecimal points, BigDecimal score, @Nullable Band band,
                             List<BigDecimal> areaPoints, @Nullable Change change, boolean drillDown) {
    }

    /**
     * A ranking of one tier within a unit. {@code revision} 0 = the draft; {@code visible} false when the
     * caller may not see a draft (nothing published yet).
     */
    public record Ranking(IndexDef index, UnitTier tier, int revision, boolean visible, List<Criterion> areas,
                          List<RankingRow> rows, boolean comparedWithLastYear, List<Unranked> unranked) {
        public Optional<RankingRow> row(long unitId) {
            return rows.stream().filter(r -> r.unit().id() == unitId).findFirst();
        }
    }

    /**
     * A unit of the tier that the ranking names without a rank: left out by the secretariat ({@code reason}
     * set), or not scored at all ({@code reason} null). Unknown is not zero: such a unit never ranks last with 0.
     */
    public record Unranked(UnitRef unit, @Nullable String reason) {
        public boolean leftOut() {
            return reason != null;
        }
    }

    /** An area of a unit against the average of the ranked units and the best (first-ranked) unit. */
    public record AreaComparison(Criterion area, BigDecimal points, BigDecimal average, BigDecimal best) {
    }

    /** A unit's score and rank in one year. */
    /**
     * A year of a unit's trend. Before the unit existed it is its predecessors': {@code approximate} when they were
     * several or went into it only in part (score = their average, rank 0 = none).
     */
    public record TrendPoint(int year, BigDecimal score, int rank, int of, @Nullable Band band, boolean approximate) {
        TrendPoint(int year, BigDecimal score, int rank, int of, @Nullable Band band) {
            this(year, score, rank, of, band, false);
        }
    }

    /**
     * A leaf criterion of a unit: points lost against the maximum and against the best unit (negative = did
     * better). {@code best} and {@code lostVsBest} are null when the caller may not see the best unit's
     * criterion-level scores (a leader outside the best unit's scope sees its total only).
     */
    public record LostPoints(Criterion criterion, Criterion area, BigDecimal points, BigDecimal lostVsMax, @Nullable BigDecimal best,
                             @Nullable BigDecimal lostVsBest) {
    }

    private record Totals(BigDecimal points, Map<Long, BigDecimal> byArea, Map<Long, BigDecimal> byLeaf) {
    }

    private final RankingRepository repo;
    private final RoundRepository rounds;
    private final CurrentUserService currentUser;
    private final UnitService units;

    private final UnitLineageService lineage;
    private final ReportingClock clock;

    RankingService(RankingRepository repo, RoundRepository rounds, CurrentUserService currentUser, UnitService units,
                   UnitLineageService lineage, ReportingClock clock) {
        this.clock = clock;
        this.repo = repo;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.units = units;
        this.lineage = lineage;
    }

    /**
     * The unit whose indexes apply to a unit: its province (the root of its path, or in a ministry's installation the
     * unit below the country), or the country itself, whose indexes rank the provinces.
     */
    public long provinceOf(UnitRef unit) {
        String[] ids = unit.path().split("/");
        long root = Long.parseLong(ids[1]);
        if (unit.tier() == UnitTier.NATION || ids.length < 3) {
            return root;
        }
        boolean belowCountry = repo.unit(root).map(u -> u.tier() == UnitTier.NATION).orElse(false);
        return belowCountry ? Long.parseLong(ids[2]) : root;
    }

    /** The province an index belongs to (its name is public to everyone ranked by it). */
    public UnitRef province(IndexDef index) {
        currentUser.require();
        return repo.unit(index.provinceId()).orElseThrow();
    }

    /** A unit ranked by the index in its year, by code: a published ranking names every unit it ranks. */
    public Optional<UnitRef> rankedUnit(IndexDef index, String code) {
        currentUser.require();
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        return repo.rankableUnits(province.path(), index.tiers(), LocalDate.of(index.year(), 1, 1), LocalDate.of(index.year(), 12, 31))
                .stream().filter(u -> u.code().equals(code)).reduce((a, b) -> b);
    }

    /** Every unit the index ranks in its year, by code. */
    public List<UnitRef> rankedUnits(IndexDef index) {
        currentUser.require();
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        return repo.rankableUnits(province.path(), index.tiers(), LocalDate.of(index.year(), 1, 1), LocalDate.of(index.year(), 12, 31));
    }

    /**
     * The tiers an index ranks directly under a unit: provinces under the country, departments and districts under
     * the province, communes under a district.
     */
    public List<UnitTier> tiersUnder(IndexDef index, UnitRef unit) {
        List<UnitTier> order = switch (unit.tier()) {
            case NATION -> List.of(UnitTier.PROVINCE);
            case PROVINCE -> List.of(UnitTier.DEPARTMENT, UnitTier.DISTRICT, UnitTier.COMMUNE);
            case DISTRICT -> List.of(UnitTier.COMMUNE);
            default -> List.of();
        };
        return order.stream().filter(index.tiers()::contains).toList();
    }

    public Ranking ranking(IndexDef index, UnitTier tier, UnitRef within) {
        boolean privileged = privileged(currentUser.require());
        if (!index.isPublished() && !privileged) {
            return new Ranking(index, tier, 0, false, List.of(), List.of(), false, List.of());
        }
        int revision = index.published();
        CriteriaTree tree = new CriteriaTree(repo.criteria(index.id()));
        List<RankingRow> rows = rank(index, revision, tree, tier, within);
        List<Unranked> unranked = unranked(index, tier, within, rows);
        List<IndexDef> previous = previousIndexes(index, privileged);
        if (!previous.isEmpty()) {
            Map<Long, RankingRow> before = new HashMap<>();
            for (IndexDef p : previous) {
                CriteriaTree prevTree = new CriteriaTree(repo.criteria(p.id()));
                UnitRef prevProvince = repo.unit(p.provinceId()).orElseThrow();
                // last year's ranks within the same unit; the predecessors of a new unit sat in another province's tree
                UnitRef prevWithin = within.isWithin(prevProvince) ? within : prevProvince;
                rank(p, p.published(), prevTree, tier, prevWithin).forEach(r -> before.put(r.unit().id(), r));
            }
            Period lastYear = Period.year(index.year() - 1);
            rows = rows.stream().map(r -> {
                RankingRow b = before.get(r.unit().id());
                Change change = b != null ? new Change(false, b.rank() - r.rank(), r.score().subtract(b.score())) : fromPredecessors(r, before, lastYear);
                return new RankingRow(r.unit(), r.rank(), r.points(), r.score(), r.band(), r.areaPoints(), change, r.drillDown());
            }).toList();
        }
        return new Ranking(index, tier, revision, true, tree.areas(), rows, !previous.isEmpty(), unranked);
    }

    /**
     * Last year's index of the same code: the province's own or, for a province created by a reorganisation, those of
     * the provinces it came from (new An Giang's 2025 ranking compares with old An Giang's and old Kiên Giang's 2024).
     */
    private List<IndexDef> previousIndexes(IndexDef index, boolean privileged) {
        Optional<IndexDef> own = repo.findIndex(index.provinceId(), index.code(), index.year() - 1)
                .filter(p -> p.isPublished() || privileged);
        if (own.isPresent()) {
            return List.of(own.get());
        }
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        return lineage.publicPredecessors(province).stream()
                .flatMap(p -> repo.findIndex(p.id(), index.code(), index.year() - 1).stream())
                .filter(p -> p.isPublished() || privileged).toList();
    }

    /** A unit not ranked last year against its predecessors' rows (see the class comment); new when none was ranked. */
    private Change fromPredecessors(RankingRow row, Map<Long, RankingRow> before, Period lastYear) {
        HistorySources sources = lineage.publicSourcesFor(row.unit(), lastYear);
        if (!sources.fromPredecessors()) {
            return Change.NEW;
        }
        List<RankingRow> ranked = sources.sources().stream().map(u -> before.get(u.id())).filter(java.util.Objects::nonNull).toList();
        if (ranked.isEmpty()) {
            return Change.NEW;
        }
        List<UnitRef> names = ranked.stream().map(RankingRow::unit).toList();
        if (sources.sources().size() == 1 && !sources.approximate()) {
            RankingRow b = ranked.getFirst();
            return new Change(false, b.rank() - row.rank(), row.score().subtract(b.score()), names, false);
        }
        BigDecimal average = ranked.stream().map(RankingRow::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(ranked.size()), 2, RoundingMode.HALF_UP);
        return new Change(false, null, row.score().subtract(average), names, true);
    }

    /** The units of the tier within {@code within} that the index ranks in its year but that have no rank. */
    private List<Unranked> unranked(IndexDef index, UnitTier tier, UnitRef within, List<RankingRow> rows) {
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        Map<Long, String> leftOut = rounds.leftOut(index.id());
        java.util.Set<Long> ranked = rows.stream().map(r -> r.unit().id()).collect(Collectors.toSet());
        return repo.rankableUnits(province.path(), List.of(tier), LocalDate.of(index.year(), 1, 1), LocalDate.of(index.year(), 12, 31))
                .stream().filter(u -> u.isWithin(within) && u.id() != within.id() && !ranked.contains(u.id()))
                .map(u -> new Unranked(u, leftOut.get(u.id()))).toList();
    }

    /** The unit's areas against the average and the best unit of its tier in the province. */
    public List<AreaComparison> areas(IndexDef index, UnitRef unit) {
        Ranking ranking = provinceRanking(index, unit);
        Optional<RankingRow> own = ranking.row(unit.id());
        if (own.isEmpty()) {
            return List.of();
        }
        RankingRow best = ranking.rows().getFirst();
        List<AreaComparison> result = new ArrayList<>();
        for (int i = 0; i < ranking.areas().size(); i++) {
            int a = i;
            BigDecimal sum = ranking.rows().stream().map(r -> r.areaPoints().get(a)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal avg = sum.divide(BigDecimal.valueOf(ranking.rows().size()), 2, RoundingMode.HALF_UP);
            result.add(new AreaComparison(ranking.areas().get(i), own.get().areaPoints().get(i), avg, best.areaPoints().get(i)));
        }
        return result;
    }

    /** The unit's score and rank (among its tier in the province) in every year of the index that the caller may see. */
    public List<TrendPoint> trend(IndexDef index, UnitRef unit) {
        java.util.TreeMap<Integer, TrendPoint> points = new java.util.TreeMap<>();
        for (int year : repo.yearsOf(index.provinceId(), index.code())) {
            Optional<IndexDef> def = repo.findIndex(index.provinceId(), index.code(), year);
            if (def.isEmpty()) {
                continue;
            }
            Ranking r = provinceRanking(def.get(), unit);
            r.row(unit.id()).ifPresent(row -> points.put(year, new TrendPoint(year, row.score(), row.rank(), r.rows().size(), row.band())));
        }
        // the years before a reorganisation: the predecessors' scores in the indexes of the provinces it came from
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        for (UnitRef old : lineage.publicPredecessors(province)) {
            for (int year : repo.yearsOf(old.id(), index.code())) {
                if (points.containsKey(year) || unit.validDuring(Period.year(year))) {
                    continue;
                }
                repo.findIndex(old.id(), index.code(), year).filter(d -> d.isPublished() || privileged(currentUser.require()))
                        .ifPresent(def -> predecessorsPoint(def, unit, old).ifPresent(p -> points.merge(year, p, RankingService::combine)));
            }
        }
        return List.copyOf(points.values());
    }

    /** The unit's predecessors in one old province's ranking of a year: the one whole predecessor's row, else their average. */
    private Optional<TrendPoint> predecessorsPoint(IndexDef def, UnitRef unit, UnitRef oldProvince) {
        HistorySources sources = lineage.publicSourcesFor(unit, Period.year(def.year()));
        Ranking r = ranking(def, unit.tier(), oldProvince);
        List<RankingRow> rows = sources.sources().stream().flatMap(u -> r.row(u.id()).stream()).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (sources.sources().size() == 1 && !sources.approximate()) {
            RankingRow row = rows.getFirst();
            return Optional.of(new TrendPoint(def.year(), row.score(), row.rank(), r.rows().size(), row.band()));
        }
        BigDecimal average = rows.stream().map(RankingRow::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        // the count is kept in "of" so that predecessors found in two old provinces average correctly
        return Optional.of(new TrendPoint(def.year(), average, 0, rows.size(), def.bandOf(average), true));
    }

    /** Two old provinces both held predecessors of the unit in a year: the average over all of them, approximate. */
    private static TrendPoint combine(TrendPoint a, TrendPoint b) {
        int na = a.approximate() ? a.of() : 1;
        int nb = b.approximate() ? b.of() : 1;
        BigDecimal average = a.score().multiply(BigDecimal.valueOf(na)).add(b.score().multiply(BigDecimal.valueOf(nb)))
                .divide(BigDecimal.valueOf(na + nb), 2, RoundingMode.HALF_UP);
        return new TrendPoint(a.year(), average, 0, na + nb, null, true);
    }

    /**
     * Where the unit lost its points: every leaf criterion, sorted by points lost against the maximum, then
     * against the best unit. Criterion-level detail: CHAIR, SECRETARIAT, ADMIN, or a leader of the unit.
     */
    public List<LostPoints> lostPoints(IndexDef index, ReadableUnit readable) {
        UnitRef unit = readable.unit();
        Ranking ranking = provinceRanking(index, unit);
        if (ranking.row(unit.id()).isEmpty()) {
            return List.of();
        }
        CriteriaTree tree = new CriteriaTree(repo.criteria(index.id()));
        Map<Long, Totals> totals = totals(index, ranking.revision(), tree);
        Totals own = totals.get(unit.id());
        // the best unit's criterion-level scores are as confidential as any unit's: a leader outside its
        // scope compares with its total (public in the published ranking) only, and the order never uses them
        UnitRef bestUnit = ranking.rows().getFirst().unit();
        Totals best = canSeeDetail(bestUnit) ? totals.get(bestUnit.id()) : null;
        List<LostPoints> result = new ArrayList<>();
        for (Criterion leaf : tree.leaves()) {
            BigDecimal p = own.byLeaf().getOrDefault(leaf.id(), BigDecimal.ZERO);
            BigDecimal b = best == null ? null : best.byLeaf().getOrDefault(leaf.id(), BigDecimal.ZERO);
            result.add(new LostPoints(leaf, tree.areaOf(leaf), p, leaf.max().subtract(p), b, b == null ? null : b.subtract(p)));
        }
        Comparator<LostPoints> order = Comparator.comparing(LostPoints::lostVsMax).reversed();
        if (best != null) {
            order = order.thenComparing(Comparator.comparing((LostPoints l) -> l.lostVsBest()).reversed());
        }
        result.sort(order.thenComparing(l -> l.criterion().position()));
        return result;
    }

    /** True when the caller may see the criterion-level scores of this unit. */
    public boolean canSeeDetail(UnitRef unit) {
        CurrentUser user = currentUser.require();
        return privileged(user) || units.canRead(unit);
    }

    public List<NationalResult> national(long provinceId) {
        currentUser.require();
        return repo.national(provinceId);
    }

    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public void saveNational(long provinceId, NationalResult result) {
        UserFacingException problem = nationalProblem(result);
        if (problem != null) {
            throw problem;
        }
        repo.upsertNational(provinceId, result);
    }

    /** What is wrong with a national result (its scale, range or rank), on the field it is about; null when nothing. */
    static @Nullable UserFacingException nationalProblem(NationalResult result) {
        // PAPI's scale is a fact of its year (60 points until 2017, 80 since 2018): another scale is a typing error
        if (result.kind() == NationalResult.Kind.PAPI && result.scaleMax().compareTo(defaultScale(result.kind(), result.year())) != 0) {
            return UserFacingException.onField("scaleMax", "rankings.error.national-scale", String.valueOf(result.year()),
                    defaultScale(result.kind(), result.year()).toPlainString(), result.scaleMax().stripTrailingZeros().toPlainString());
        }
        if (result.scaleMax().signum() <= 0 || result.value().signum() < 0 || result.value().compareTo(result.scaleMax()) > 0) {
            return UserFacingException.onField("value", "rankings.error.national-range", result.value().toPlainString(),
                    result.scaleMax().stripTrailingZeros().toPlainString());
        }
        if (result.rank() != null && (result.rank() < 1 || (result.provinces() != null && result.rank() > result.provinces()))) {
            return UserFacingException.onField("rank", "rankings.error.national-rank");
        }
        return null;
    }

    /** The scale a national index had in a year: PAPI 60 points until 2017 and 80 since 2018; the others 100. */
    public static BigDecimal defaultScale(NationalResult.Kind kind, int year) {
        if (kind == NationalResult.Kind.PAPI) {
            return BigDecimal.valueOf(year <= 2017 ? 60 : 80);
        }
        return BigDecimal.valueOf(100);
    }

    /**
     * The ranking as the page shows it, for Excel ({@link TableWorkbook}, the header layout of every export): a header
     * block (the index and its year, the tier and the unit it is ranked within; the figures' "as of" date, the end of the
     * index's year or today while the year runs; the published revision or "draft"), then one row per ranked unit:
     * rank, code, name, points, score, band, change of rank and score since last year (a note when the change comes
     * from the unit's predecessors, "new" when it was not ranked), the points of each area; then the units of the tier
     * without a rank, with the reason (unknown is not zero: they have no rank and no points).
     */
    public TableWorkbook.Table table(Ranking ranking, UnitRef within, Locale locale) {
        IndexDef index = ranking.index();
        List<String> context = List.of(
                t("rankings.excel.head", locale, index.name(locale), String.valueOf(index.year()), t("rankings.tier." + ranking.tier().name(), locale),
                        UnitNames.name(within, locale), within.code()),
                t("rankings.lost.excel.as-of", locale, vn.reformdesk.base.Formats.date(clock.asOf(Period.year(index.year())), locale)),
                ranking.revision() == 0 ? t("rankings.status.draft", locale) : t("rankings.excel.revision", locale, String.valueOf(ranking.revision())));
        List<String> columns = new ArrayList<>(List.of(t("rankings.col.rank", locale), t("rankings.col.unit-code", locale),
                t("rankings.col.unit", locale), t("rankings.col.points", locale), t("rankings.col.score", locale),
                t("rankings.col.band", locale), t("rankings.col.rank-change", locale), t("rankings.col.score-change", locale),
                t("rankings.excel.note", locale)));
        ranking.areas().forEach(a -> columns.add(a.code() + ". " + a.name(locale) + " (" + a.max().toPlainString() + ")"));
        List<List<?>> rows = new ArrayList<>();
        for (RankingRow row : ranking.rows()) {
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(row.rank(), row.unit().code(), UnitNames.name(row.unit(), locale),
                    row.points(), row.score(), row.band() == null ? null : row.band().label(locale), null, null, null));
            Change change = row.change();
            if (change != null && change.isNew()) {
                cells.set(8, t("rankings.change.new", locale));
            } else if (change != null) {
                cells.set(6, change.rankChange());
                cells.set(7, change.scoreChange());
                if (change.fromPredecessors()) {
                    cells.set(8, t(change.approximate() ? "rankings.excel.from-predecessors-approx" : "rankings.excel.from-predecessors", locale,
                            String.join(", ", change.predecessors().stream().map(u -> UnitNames.name(u, locale)).toList())));
                }
            }
            cells.addAll(row.areaPoints());
            rows.add(cells);
        }
        for (Unranked u : ranking.unranked()) {
            rows.add(java.util.Arrays.asList(null, u.unit().code(), UnitNames.name(u.unit(), locale), null, null, null, null, null,
                    u.leftOut() ? t("rankings.unranked.left-out", locale, u.reason()) : t("rankings.unranked.not-scored", locale)));
        }
        return new TableWorkbook.Table(index.code() + " " + index.year(), context, columns, rows);
    }

    /** {@link #table} as a workbook of one sheet. */
    public byte[] export(Ranking ranking, UnitRef within, Locale locale) {
        return TableWorkbook.write(List.of(table(ranking, within, locale)));
    }

    // ---------- computation

    private Ranking provinceRanking(IndexDef index, UnitRef unit) {
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        return ranking(index, unit.tier(), province);
    }

    private List<RankingRow> rank(IndexDef index, int revision, CriteriaTree tree, UnitTier tier, UnitRef within) {
        Map<Long, Totals> totals = totals(index, revision, tree);
        Map<Long, String> leftOut = rounds.leftOut(index.id());
        LocalDate start = LocalDate.of(index.year(), 1, 1);
        LocalDate end = LocalDate.of(index.year(), 12, 31);
        List<UnitRef> ranked = repo.unitsById(totals.keySet()).stream()
                .filter(u -> u.tier() == tier && u.isWithin(within) && u.id() != within.id() && !leftOut.containsKey(u.id()))
                // a unit not valid in the index's year has no business in its ranking
                .filter(u -> (u.validFrom() == null || !u.validFrom().isAfter(end)) && (u.validTo() == null || !u.validTo().isBefore(start)))
                .toList();
        boolean drill = tier == UnitTier.DISTRICT && index.tiers().contains(UnitTier.COMMUNE);
        BigDecimal max = tree.maxTotal();
        List<RankingRow> rows = new ArrayList<>();
        for (UnitRef u : ranked) {
            Totals t = totals.get(u.id());
            BigDecimal score = score(index.scale(), t.points(), max);
            List<BigDecimal> areas = tree.areas().stream().map(a -> t.byArea().getOrDefault(a.id(), BigDecimal.ZERO)).toList();
            rows.add(new RankingRow(u, 0, t.points(), score, index.bandOf(score), areas, null, drill));
        }
        List<RankingRow> result = new ArrayList<>();
        for (RankingRow r : rows) {
            int rank = 1 + (int) rows.stream().filter(o -> o.score().compareTo(r.score()) > 0).count();
            result.add(new RankingRow(r.unit(), rank, r.points(), r.score(), r.band(), r.areaPoints(), null, r.drillDown()));
        }
        result.sort(Comparator.comparingInt(RankingRow::rank).thenComparing(r -> r.unit().code()));
        return result;
    }

    static BigDecimal score(Scale scale, BigDecimal points, BigDecimal max) {
        if (scale == Scale.PERCENT) {
            return max.signum() == 0 ? BigDecimal.ZERO : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
        }
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    private Map<Long, Totals> totals(IndexDef index, int revision, CriteriaTree tree) {
        Map<Long, Map<Long, BigDecimal>> leaves = new HashMap<>();
        for (RankingRepository.ScoreRecord s : repo.scores(index.id(), revision)) {
            Criterion c = tree.get(s.criterionId());
            if (c == null || !tree.isLeaf(c)) {
                continue;
            }
            BigDecimal p = c.survey() ? s.survey() : (s.appraised() != null ? s.appraised() : s.self());
            leaves.computeIfAbsent(s.unitId(), k -> new LinkedHashMap<>()).put(c.id(), p == null ? BigDecimal.ZERO : p);
        }
        Map<Long, Totals> result = new HashMap<>();
        leaves.forEach((unit, byLeaf) -> {
            Map<Long, BigDecimal> byArea = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (var e : byLeaf.entrySet()) {
                byArea.merge(tree.areaOf(tree.get(e.getKey())).id(), e.getValue(), BigDecimal::add);
                total = total.add(e.getValue());
            }
            result.put(unit, new Totals(total, byArea, byLeaf));
        });
        return result;
    }


    private static boolean privileged(CurrentUser user) {
        return RoleRules.leadsTheCommittee(user);
    }

    private static String t(String key, Locale locale, Object... params) {
        return IndexService.t(key, locale, params);
    }
}

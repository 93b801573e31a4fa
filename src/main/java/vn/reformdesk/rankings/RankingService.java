package vn.reformdesk.rankings;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * was not ranked last year is "new", never a jump from zero.</li>
 * </ul>
 * Everyone signed in reads a published ranking; drafts only CHAIR, SECRETARIAT and ADMIN. Criterion-level
 * detail of a unit: those roles, or a leader for units in their own scope.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

    /** Change since last year; {@code rankChange} > 0 means moved up. */
    public record Change(boolean isNew, @Nullable Integer rankChange, @Nullable BigDecimal scoreChange) {
        static final Change NEW = new Change(true, null, null);
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
    public record TrendPoint(int year, BigDecimal score, int rank, int of, @Nullable Band band) {
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

    RankingService(RankingRepository repo, RoundRepository rounds, CurrentUserService currentUser, UnitService units) {
        this.repo = repo;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.units = units;
    }

    /** The province whose indexes apply to a unit (the root of its path). */
    public long provinceOf(UnitRef unit) {
        return Long.parseLong(unit.path().split("/")[1]);
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

    /** The tiers an index ranks directly under a unit: departments and districts under the province, communes under a district. */
    public List<UnitTier> tiersUnder(IndexDef index, UnitRef unit) {
        List<UnitTier> order = unit.tier() == UnitTier.PROVINCE
                ? List.of(UnitTier.DEPARTMENT, UnitTier.DISTRICT, UnitTier.COMMUNE)
                : unit.tier() == UnitTier.DISTRICT ? List.of(UnitTier.COMMUNE) : List.of();
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
        Optional<IndexDef> previous = repo.findIndex(index.provinceId(), index.code(), index.year() - 1)
                .filter(p -> p.isPublished() || privileged);
        if (previous.isPresent()) {
            CriteriaTree prevTree = new CriteriaTree(repo.criteria(previous.get().id()));
            Map<Long, RankingRow> before = rank(previous.get(), previous.get().published(), prevTree, tier, within).stream()
                    .collect(Collectors.toMap(r -> r.unit().id(), Function.identity()));
            rows = rows.stream().map(r -> {
                RankingRow b = before.get(r.unit().id());
                Change change = b == null ? Change.NEW : new Change(false, b.rank() - r.rank(), r.score().subtract(b.score()));
                return new RankingRow(r.unit(), r.rank(), r.points(), r.score(), r.band(), r.areaPoints(), change, r.drillDown());
            }).toList();
        }
        return new Ranking(index, tier, revision, true, tree.areas(), rows, previous.isPresent(), unranked);
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
        List<TrendPoint> points = new ArrayList<>();
        for (int year : repo.yearsOf(index.provinceId(), index.code())) {
            Optional<IndexDef> def = repo.findIndex(index.provinceId(), index.code(), year);
            if (def.isEmpty()) {
                continue;
            }
            Ranking r = provinceRanking(def.get(), unit);
            r.row(unit.id()).ifPresent(row -> points.add(new TrendPoint(year, row.score(), row.rank(), r.rows().size(), row.band())));
        }
        return points;
    }

    /**
     * Where the unit lost its points: every leaf criterion, sorted by points lost against the maximum, then
     * against the best unit. Criterion-level detail: CHAIR, SECRETARIAT, ADMIN, or a leader of the unit.
     */
    public List<LostPoints> lostPoints(IndexDef index, UnitRef unit) {
        requireDetail(unit);
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
    @PreAuthorize(IndexService.WRITERS)
    public void saveNational(long provinceId, NationalResult result, Locale locale) {
        String problem = nationalProblem(result, locale);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        repo.upsertNational(provinceId, result);
    }

    /** What is wrong with a national result (its scale, range or rank), in the user's language; null when nothing. */
    static @Nullable String nationalProblem(NationalResult result, Locale locale) {
        // PAPI's scale is a fact of its year (60 points until 2017, 80 since 2018): another scale is a typing error
        if (result.kind() == NationalResult.Kind.PAPI && result.scaleMax().compareTo(defaultScale(result.kind(), result.year())) != 0) {
            return t("rankings.error.national-scale", locale, String.valueOf(result.year()),
                    defaultScale(result.kind(), result.year()).toPlainString(), result.scaleMax().stripTrailingZeros().toPlainString());
        }
        if (result.scaleMax().signum() <= 0 || result.value().signum() < 0 || result.value().compareTo(result.scaleMax()) > 0) {
            return t("rankings.error.national-range", locale, result.value().toPlainString(),
                    result.scaleMax().stripTrailingZeros().toPlainString());
        }
        if (result.rank() != null && (result.rank() < 1 || (result.provinces() != null && result.rank() > result.provinces()))) {
            return t("rankings.error.national-rank", locale);
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

    /** The ranking as an Excel sheet: rank, code, unit, points, score, band, change, one column per area. */
    public byte[] export(Ranking ranking, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ReformDesk", "1.0");
            Worksheet ws = wb.newWorksheet(ranking.index().code() + " " + ranking.index().year());
            List<String> header = new ArrayList<>(List.of(t("rankings.col.rank", locale), t("rankings.col.unit-code", locale),
                    t("rankings.col.unit", locale), t("rankings.col.points", locale), t("rankings.col.score", locale),
                    t("rankings.col.band", locale), t("rankings.col.rank-change", locale), t("rankings.col.score-change", locale)));
            ranking.areas().forEach(a -> header.add(a.code() + ". " + a.name(locale) + " (" + a.max().toPlainString() + ")"));
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (RankingRow row : ranking.rows()) {
                ws.value(r, 0, row.rank());
                ws.value(r, 1, row.unit().code());
                ws.value(r, 2, UnitNames.name(row.unit(), locale));
                ws.value(r, 3, row.points());
                ws.value(r, 4, row.score());
                ws.value(r, 5, row.band() == null ? "" : row.band().label(locale));
                if (row.change() != null && row.change().isNew()) {
                    ws.value(r, 6, t("rankings.change.new", locale));
                } else if (row.change() != null) {
                    ws.value(r, 6, row.change().rankChange());
                    ws.value(r, 7, row.change().scoreChange());
                }
                for (int a = 0; a < row.areaPoints().size(); a++) {
                    ws.value(r, 8 + a, row.areaPoints().get(a));
                }
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    private void requireDetail(UnitRef unit) {
        if (!canSeeDetail(unit)) {
            throw new AccessDeniedException("criterion-level scores of " + unit.code() + " are outside your scope");
        }
    }

    private static boolean privileged(CurrentUser user) {
        return user.hasRole(Roles.CHAIR) || user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ADMIN);
    }

    private static String t(String key, Locale locale, Object... params) {
        return IndexService.t(key, locale, params);
    }
}

package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.CodeResolution;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reformdesk.security.RoleRules;

/**
 * Defines indexes (criteria tree, tiers, bands, scale) and takes their scores. Only SECRETARIAT and ADMIN
 * write. Scores go into the draft until the year is published; after that the draft is frozen and every
 * correction makes a new revision (who, when, why); earlier revisions are never overwritten.
 */
@Service
@Transactional(readOnly = true)
public class IndexService {

    /** A new index: its identity for the year and its definition. */
    public record NewIndex(String code, int year, String name, @Nullable String nameEn, Set<UnitTier> tiers, Scale scale,
                           List<Band> bands) {
    }

    /** A node of the criteria tree as written in the definition file; the parent is the code without its last part. */
    public record CriterionRow(int line, String code, String name, @Nullable String nameEn, @Nullable BigDecimal max, boolean survey) {
    }

    /** One unit × leaf criterion: self-assessed, appraised and survey points (blank = none). */
    public record ScoreRow(int line, String unitCode, String criterionCode, @Nullable BigDecimal self,
                           @Nullable BigDecimal appraised, @Nullable BigDecimal survey) {
    }


    private final RankingRepository repo;
    private final CurrentUserService currentUser;
    private final RoundStatuses statuses;

    IndexService(RankingRepository repo, CurrentUserService currentUser, RoundStatuses statuses) {
        this.repo = repo;
        this.currentUser = currentUser;
        this.statuses = statuses;
    }

    // ---------- reads (definitions are not confidential)

    public List<IndexDef> indexes(long provinceId, int year) {
        currentUser.require();
        return repo.indexesOf(provinceId, year);
    }

    public Optional<IndexDef> find(long provinceId, String code, int year) {
        currentUser.require();
        return repo.findIndex(provinceId, code, year);
    }

    public IndexDef get(long indexId) {
        currentUser.require();
        return repo.findIndex(indexId).orElseThrow(() -> new NoSuchElementException("no index " + indexId));
    }

    public CriteriaTree tree(long indexId) {
        currentUser.require();
        return new CriteriaTree(repo.criteria(indexId));
    }

    public List<Revision> revisions(long indexId) {
        currentUser.require();
        return repo.revisions(indexId);
    }

    // ---------- definition

    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public IndexDef define(long provinceId, NewIndex n) {
        if (n.code().isBlank()) {
            throw UserFacingException.onField("code", "rankings.error.code-name");
        }
        if (n.name().isBlank()) {
            throw UserFacingException.onField("name", "rankings.error.code-name");
        }
        if (n.code().trim().length() > 40) {
            throw UserFacingException.onField("code", "rankings.error.code-long");
        }
        checkNames(n.name(), n.nameEn());
        if (n.tiers().isEmpty()) {
            throw UserFacingException.onField("tiers", "rankings.error.no-tiers");
        }
        if (repo.findIndex(provinceId, n.code().trim(), n.year()).isPresent()) {
            throw UserFacingException.onField("code", "rankings.error.exists", n.code(), String.valueOf(n.year()));
        }
        checkBands(n.bands());
        long id = repo.insertIndex(provinceId, n.code().trim(), n.year(), n.name().trim(), blankToNull(n.nameEn()), n.tiers(), n.scale());
        repo.replaceBands(id, n.bands());
        return repo.findIndex(id).orElseThrow();
    }

    /** Changes name, tiers, scale and bands; refused when someone else saved since {@code expectedVersion}. */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public IndexDef update(long indexId, long expectedVersion, String name, @Nullable String nameEn, Set<UnitTier> tiers, Scale scale,
                           List<Band> bands) {
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        requireDraft(index);
        if (name.isBlank()) {
            throw UserFacingException.onField("name", "rankings.error.code-name");
        }
        checkNames(name, nameEn);
        if (tiers.isEmpty()) {
            throw UserFacingException.onField("tiers", "rankings.error.no-tiers");
        }
        checkBands(bands);
        if (!repo.updateIndex(indexId, expectedVersion, name.trim(), blankToNull(nameEn), tiers, scale)) {
            throw new OptimisticLockingFailureException("rankings.error.stale");
        }
        repo.replaceBands(indexId, bands);
        return repo.findIndex(indexId).orElseThrow();
    }

    /** Starts next year's index from this one: same tree, tiers, scale and bands, no scores. */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public IndexDef copyToYear(long fromIndexId, int year) {
        IndexDef from = repo.findIndex(fromIndexId).orElseThrow();
        IndexDef copy = define(from.provinceId(), new NewIndex(from.code(), year, from.name(), from.nameEn(), from.tiers(), from.scale(),
                from.bands()));
        Map<Long, Long> ids = new HashMap<>();
        for (Criterion c : new CriteriaTree(repo.criteria(fromIndexId)).all()) {
            Long parent = c.parentId() == null ? null : ids.get(c.parentId());
            ids.put(c.id(), repo.insertCriterion(copy.id(), parent, c.code(), c.name(), c.nameEn(), c.max(), c.survey(), c.position()));
        }
        return copy;
    }

    /** Reads a criteria tree from Excel (code, name, English name, max points, survey "x") and replaces the index's tree. */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public int importCriteria(long indexId, byte[] xlsx) {
        List<CriterionRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (Sheets.Line l : Sheets.read(xlsx, "rankings.error.not-excel")) {
            if (l.line() == 1 || l.isBlank()) {
                continue;
            }
            BigDecimal max = null;
            try {
                max = Sheets.number(l.cell(3));
            } catch (NumberFormatException e) {
                errors.add(RowError.localized(l.line(), "rankings.col.max", "rankings.error.number", l.cell(3)));
            }
            String survey = l.cell(4).toLowerCase(Locale.ROOT);
            rows.add(new CriterionRow(l.line(), l.cell(0), l.cell(1), blankToNull(l.cell(2)), max,
                    survey.equals("x") || survey.equals("1") || survey.startsWith("c") || survey.startsWith("y")));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return defineCriteria(indexId, rows);
    }

    /**
     * Replaces the criteria tree. Every parent must exist before its children, and a parent's maximum must
     * equal the sum of its children's: the tree is data, but it has to add up.
     */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public int defineCriteria(long indexId, List<CriterionRow> rows) {
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        requireDraft(index);
        if (repo.hasScores(indexId)) {
            throw ImportRejectedException.localized("rankings.error.tree-has-scores");
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, CriterionRow> byCode = new LinkedHashMap<>();
        Map<String, List<CriterionRow>> children = new HashMap<>();
        String colCode = "rankings.col.criterion";
        String colMax = "rankings.col.max";
        for (CriterionRow r : rows) {
            String code = r.code().trim();
            if (!code.matches("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*")) {
                errors.add(RowError.localized(r.line(), colCode, "rankings.error.code-format", code));
                continue;
            }
            if (byCode.containsKey(code)) {
                errors.add(RowError.localized(r.line(), colCode, "rankings.error.duplicate-criterion", code, byCode.get(code).line()));
                continue;
            }
            if (r.name().isBlank()) {
                errors.add(RowError.localized(r.line(), "rankings.col.name", "rankings.error.name-empty"));
            }
            if (r.max() == null || r.max().signum() <= 0) {
                errors.add(RowError.localized(r.line(), colMax, "rankings.error.max-positive"));
            }
            String parent = parentCode(code);
            if (parent != null) {
                if (!byCode.containsKey(parent)) {
                    errors.add(RowError.localized(r.line(), colCode, "rankings.error.parent-missing", code, parent));
                } else {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
                }
            }
            byCode.put(code, r);
        }
        if (byCode.isEmpty()) {
            errors.add(RowError.localized(1, "", "rankings.error.empty"));
        }
        for (var e : children.entrySet()) {
            CriterionRow parent = byCode.get(e.getKey());
            if (parent.max() == null || e.getValue().stream().anyMatch(c -> c.max() == null)) {
                continue;
            }
            BigDecimal sum = e.getValue().stream().map(CriterionRow::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(parent.max()) != 0) {
                errors.add(RowError.localized(parent.line(), colMax, "rankings.error.max-sum", e.getKey(),
                        parent.max().stripTrailingZeros().toPlainString(), sum.stripTrailingZeros().toPlainString()));
            }
            if (parent.survey()) {
                errors.add(RowError.localized(parent.line(), "rankings.col.survey", "rankings.error.survey-leaf"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new ImportRejectedException(errors);
        }
        repo.deleteCriteria(indexId);
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        for (CriterionRow r : byCode.values()) {
            String code = r.code().trim();
            String parent = parentCode(code);
            ids.put(code, repo.insertCriterion(indexId, parent == null ? null : ids.get(parent), code, r.name().trim(),
                    r.nameEn(), r.max(), r.survey(), position++));
        }
        repo.bumpVersion(indexId, index.version());
        return byCode.size();
    }

    // ---------- scores

    /** The import file to fill in: one line per ranked unit × sub-criterion, with the maximum as a reminder. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public byte[] template(long indexId, Locale locale) {
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        CriteriaTree tree = new CriteriaTree(repo.criteria(indexId));
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        List<UnitRef> ranked = repo.rankableUnits(province.path(), index.tiers(), LocalDate.of(index.year(), 1, 1), LocalDate.of(index.year(), 12, 31));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "ReformDesk", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(index.code() + " " + index.year());
            String[] header = {t("rankings.col.unit-code", locale), t("rankings.col.criterion", locale), t("rankings.col.self", locale),
                    t("rankings.col.appraised", locale), t("rankings.col.survey", locale), t("rankings.col.unit", locale),
                    t("rankings.col.name", locale), t("rankings.col.max", locale)};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (UnitRef u : ranked) {
                for (Criterion c : tree.leaves()) {
                    ws.value(r, 0, u.code());
                    ws.value(r, 1, c.code());
                    ws.value(r, 5, u.name());
                    ws.value(r, 6, c.name(locale) + (c.survey() ? " (" + t("rankings.col.survey", locale) + ")" : ""));
                    ws.value(r, 7, c.max());
                    r++;
                }
            }
            wb.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads scores from Excel: unit code, criterion code, self-assessed, appraised, survey (one row per unit × criterion). */
    public static List<ScoreRow> parseScores(byte[] xlsx) {
        List<ScoreRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String[] columns = {"rankings.col.self", "rankings.col.appraised", "rankings.col.survey"};
        for (Sheets.Line l : Sheets.read(xlsx, "rankings.error.not-excel")) {
            if (l.line() == 1 || l.isBlank()) {
                continue;
            }
            BigDecimal[] points = new BigDecimal[3];
            boolean ok = true;
            for (int i = 0; i < 3; i++) {
                try {
                    points[i] = Sheets.number(l.cell(2 + i));
                } catch (NumberFormatException e) {
                    errors.add(RowError.localized(l.line(), columns[i], "rankings.error.number", l.cell(2 + i)));
                    ok = false;
                }
            }
            // a line of the template left empty says nothing: it is skipped, not read as zero
            boolean empty = points[0] == null && points[1] == null && points[2] == null;
            if (ok && !empty) {
                rows.add(new ScoreRow(l.line(), l.cell(0), l.cell(1), points[0], points[1], points[2]));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return rows;
    }

    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public int importScores(long indexId, byte[] xlsx) {
        return saveScores(indexId, parseScores(xlsx));
    }

    /**
     * Imports the survey scores (people's and businesses' satisfaction surveys) of the year's survey criteria:
     * Excel or CSV, one row per unit and criterion (unit code, criterion code, survey points). All or nothing;
     * a row naming a criterion that is not a survey criterion, or without points, is refused with its line.
     */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public int importSurvey(long indexId, byte[] data) {
        List<ScoreRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String column = "rankings.col.survey";
        for (Sheets.Line l : Sheets.readAny(data, "rankings.survey.error.not-a-file")) {
            if (l.line() == 1 || l.isBlank()) {
                continue;
            }
            try {
                BigDecimal points = Sheets.number(l.cell(2));
                if (points == null) {
                    errors.add(RowError.localized(l.line(), column, "rankings.survey.error.missing", l.cell(0), l.cell(1)));
                } else {
                    rows.add(new ScoreRow(l.line(), l.cell(0), l.cell(1), null, null, points));
                }
            } catch (NumberFormatException e) {
                errors.add(RowError.localized(l.line(), column, "rankings.error.number", l.cell(2)));
            }
        }
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        if (index.isPublished()) {
            throw ImportRejectedException.localized("rankings.error.published", String.valueOf(index.year()));
        }
        // every row's problems at once: the unreadable ones and those the score rules refuse
        List<RankingRepository.ScoreRecord> records = List.of();
        if (!rows.isEmpty() || errors.isEmpty()) {
            try {
                records = validate(index, rows);
            } catch (ImportRejectedException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }
        repo.upsertScores(indexId, 0, records);
        return records.size();
    }

    /** Writes scores into the draft (all or nothing). Refused once the year is published: use {@link #correct}. */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public int saveScores(long indexId, List<ScoreRow> rows) {
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        if (index.isPublished()) {
            throw ImportRejectedException.localized("rankings.error.published", String.valueOf(index.year()));
        }
        List<RankingRepository.ScoreRecord> records = validate(index, rows);
        repo.upsertScores(indexId, 0, records);
        return records.size();
    }

    /** Freezes the draft as revision 1. */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public Revision publish(long indexId, long expectedVersion) {
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        if (index.isPublished()) {
            throw new UserFacingException("rankings.error.published", String.valueOf(index.year()));
        }
        if (!repo.hasScores(indexId)) {
            throw new UserFacingException("rankings.error.nothing-to-publish");
        }
        // every ranked unit appraised in full (survey sub-criteria scored) or left out with a reason:
        // self-assessed points never stand in for an appraisal, and a missing figure is never a 0
        List<RoundStatuses.UnitState> notReady = statuses.of(index).stream().filter(s -> !s.ready()).toList();
        if (!notReady.isEmpty()) {
            // the units' official names: the message is translated where it is shown, the names are data
            String names = notReady.stream().limit(5).map(s -> s.unit().name()).collect(Collectors.joining(", "));
            if (notReady.size() > 5) {
                throw new UserFacingException("rankings.publish.not-ready-more", notReady.size(), names, notReady.size() - 5);
            }
            throw new UserFacingException("rankings.publish.not-ready", notReady.size(), names);
        }
        if (!repo.bumpVersion(indexId, expectedVersion)) {
            throw new OptimisticLockingFailureException("rankings.error.stale");
        }
        repo.copyRevision(indexId, 0, 1);
        // the revision's reason is a record kept in the province's language, like the reasons users type
        repo.insertRevision(indexId, 1, currentUser.require().username(), t("rankings.revision.first", AppLocales.VIETNAMESE));
        return repo.revisions(indexId).getFirst();
    }

    /**
     * A correction of published scores: a new revision = the latest one with these rows changed, recorded
     * with who, when and why. The earlier revisions stay as they were.
     */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public Revision correct(long indexId, long expectedVersion, String reason, List<ScoreRow> rows) {
        IndexDef index = repo.findIndex(indexId).orElseThrow();
        if (!index.isPublished()) {
            throw new UserFacingException("rankings.error.not-published");
        }
        if (reason.isBlank()) {
            throw new UserFacingException("rankings.error.reason");
        }
        List<RankingRepository.ScoreRecord> records = validate(index, rows);
        if (!repo.bumpVersion(indexId, expectedVersion)) {
            throw new OptimisticLockingFailureException("rankings.error.stale");
        }
        int next = index.published() + 1;
        repo.copyRevision(indexId, index.published(), next);
        repo.upsertScores(indexId, next, records);
        repo.insertRevision(indexId, next, currentUser.require().username(), reason.trim());
        return repo.revisions(indexId).getFirst();
    }

    private List<RankingRepository.ScoreRecord> validate(IndexDef index, List<ScoreRow> rows) {
        CriteriaTree tree = new CriteriaTree(repo.criteria(index.id()));
        UnitRef province = repo.unit(index.provinceId()).orElseThrow();
        // a code is resolved on the last day of the score year (30589 in 2025 is the new Xã An Châu)
        Map<String, List<UnitRef>> ranked = repo.rankableUnits(province.path(), index.tiers(), LocalDate.of(index.year(), 1, 1),
                        LocalDate.of(index.year(), 12, 31)).stream()
                .collect(Collectors.groupingBy(UnitRef::code));
        String colUnit = "rankings.col.unit";
        String colCriterion = "rankings.col.criterion";
        String[] columns = {"rankings.col.self", "rankings.col.appraised", "rankings.col.survey"};
        List<RowError> errors = new ArrayList<>();
        List<RankingRepository.ScoreRecord> records = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (rows.isEmpty()) {
            errors.add(RowError.localized(1, "", "rankings.error.empty"));
        }
        for (ScoreRow r : rows) {
            Optional<Criterion> criterion = tree.byCode(r.criterionCode().trim());
            int before = errors.size();
            UnitRef unit = null;
            try {
                unit = CodeResolution.pick(ranked.getOrDefault(r.unitCode().trim(), List.of()), LocalDate.of(index.year(), 12, 31)).orElse(null);
            } catch (UserFacingException e) {
                errors.add(RowError.localized(r.line(), colUnit, e.key(), e.args()));
            }
            if (unit == null && errors.size() == before) {
                errors.add(RowError.localized(r.line(), colUnit, "rankings.error.unit-not-ranked", r.unitCode(), index.code(), String.valueOf(index.year())));
            }
            if (criterion.isEmpty()) {
                errors.add(RowError.localized(r.line(), colCriterion, "rankings.error.criterion-unknown", r.criterionCode()));
            } else if (!tree.isLeaf(criterion.get())) {
                errors.add(RowError.localized(r.line(), colCriterion, "rankings.error.criterion-not-leaf", r.criterionCode()));
            } else {
                Criterion c = criterion.get();
                BigDecimal[] points = {r.self(), r.appraised(), r.survey()};
                for (int i = 0; i < 3; i++) {
                    BigDecimal p = points[i];
                    if (p == null) {
                        continue;
                    }
                    if (p.signum() < 0) {
                        errors.add(RowError.localized(r.line(), columns[i], "rankings.error.negative", p.stripTrailingZeros().toPlainString()));
                    } else if (p.compareTo(c.max()) > 0) {
                        errors.add(RowError.localized(r.line(), columns[i], "rankings.error.above-max", p.stripTrailingZeros().toPlainString(),
                                c.code(), c.max().stripTrailingZeros().toPlainString()));
                    }
                }
                if (c.survey() && (r.self() != null || r.appraised() != null)) {
                    errors.add(RowError.localized(r.line(), columns[0], "rankings.error.survey-only", c.code()));
                }
                if (!c.survey() && r.survey() != null) {
                    errors.add(RowError.localized(r.line(), columns[2], "rankings.error.not-survey", c.code()));
                }
            }
            if (errors.size() == before && unit != null && criterion.isPresent()) {
                String key = unit.id() + "/" + criterion.get().id();
                Integer first = seen.putIfAbsent(key, r.line());
                if (first != null) {
                    errors.add(RowError.localized(r.line(), colCriterion, "rankings.error.duplicate-row", first));
                } else {
                    records.add(new RankingRepository.ScoreRecord(unit.id(), criterion.get().id(), r.self(), r.appraised(), r.survey()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return records;
    }

    private void requireDraft(IndexDef index) {
        if (index.isPublished()) {
            throw new UserFacingException("rankings.error.published", String.valueOf(index.year()));
        }
    }

    private static void checkNames(String name, @Nullable String nameEn) {
        if (name.trim().length() > 200) {
            throw UserFacingException.onField("name", "rankings.error.name-long");
        }
        if (nameEn != null && nameEn.trim().length() > 200) {
            throw UserFacingException.onField("nameEn", "rankings.error.name-long");
        }
    }

    private static void checkBands(List<Band> bands) {
        Set<BigDecimal> mins = new HashSet<>();
        for (Band b : bands) {
            if (b.label().isBlank() || b.min().signum() < 0 || !mins.add(b.min().stripTrailingZeros())) {
                throw UserFacingException.onField("bands", "rankings.error.bands");
            }
        }
    }

    static @Nullable String parentCode(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String t(String key, Locale locale, Object... params) {
        return AppI18NProvider.text(key, locale, params);
    }
}

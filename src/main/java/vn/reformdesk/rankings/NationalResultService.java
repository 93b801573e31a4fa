package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ImportNumbers;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.security.CurrentUserService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.reformdesk.security.RoleRules;

/**
 * The province's national results with their parts ({@link NationalParts}): reading them with the change since
 * the year before, and importing them from the sheet the secretariat keeps (Excel or CSV), all or nothing.
 * <p>
 * The sheet has one row per total or part: index (PAR INDEX, SIPAS, PAPI, 766), year, part (blank for the
 * total, else its number), value, scale (blank = the scale of that index and year; another one is refused),
 * rank among the provinces, number of provinces ranked (totals only).
 */
@Service
@Transactional(readOnly = true)
public class NationalResultService {

    private record Key(NationalResult.Kind kind, int year) {
    }

    private final RankingRepository repo;
    private final CurrentUserService currentUser;

    NationalResultService(RankingRepository repo, CurrentUserService currentUser) {
        this.repo = repo;
        this.currentUser = currentUser;
    }

    /** Every part the province has, each with the same part a year before (oldest year first). */
    public List<NationalPartRow> parts(long provinceId) {
        currentUser.require();
        return rows(repo.nationalParts(provinceId));
    }

    static List<NationalPartRow> rows(List<NationalPart> all) {
        Map<String, NationalPart> byKey = new HashMap<>();
        all.forEach(p -> byKey.put(p.kind() + "/" + p.year() + "/" + p.code(), p));
        return all.stream().sorted(Comparator.comparing(NationalPart::year).thenComparing(NationalPart::kind)
                        .thenComparing(p -> Integer.parseInt(p.code())))
                .map(p -> new NationalPartRow(p, byKey.get(p.kind() + "/" + (p.year() - 1) + "/" + p.code()))).toList();
    }

    /** Imports totals and parts; returns the number of rows written. Nothing is written when any row is wrong. */
    @Transactional
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public int importFile(long provinceId, byte[] data) {
        List<Sheets.Line> lines = Sheets.readAny(data, "rankings.national.error.not-a-file");
        List<RowError> errors = new ArrayList<>();
        Map<Key, NationalResult> totals = new LinkedHashMap<>();
        Map<Key, Integer> totalLine = new HashMap<>();
        Map<Key, Map<String, NationalPart>> parts = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Key, Integer> firstPartLine = new HashMap<>();
        // the columns as keys: the error list shows them in the reader's language
        String colIndex = "rankings.national.file.index";
        String colYear = "rankings.national.year";
        String colPart = "rankings.national.file.part";
        String colValue = "rankings.national.value";
        String colScale = "rankings.national.scale";
        String colRank = "rankings.col.rank";
        for (Sheets.Line l : lines) {
            if (l.line() == 1 || l.isBlank()) {
                continue;
            }
            int line = l.line();
            NationalResult.Kind kind = kind(l.cell(0));
            if (kind == null) {
                errors.add(RowError.localized(line, colIndex, "rankings.national.error.kind", l.cell(0)));
                continue;
            }
            Integer year = integer(l.cell(1));
            if (year == null || year < 2000 || year > 2100) {
                errors.add(RowError.localized(line, colYear, "rankings.national.error.year", l.cell(1)));
                continue;
            }
            Key key = new Key(kind, year);
            String code = l.cell(2).replaceFirst("\\.0+$", "");
            BigDecimal value;
            BigDecimal scale;
            try {
                value = Sheets.number(l.cell(3));
                scale = Sheets.number(l.cell(4));
            } catch (NumberFormatException e) {
                errors.add(RowError.localized(line, colValue, "rankings.national.error.number", l.cell(3) + " " + l.cell(4)));
                continue;
            }
            if (value == null) {
                errors.add(RowError.localized(line, colValue, "rankings.national.error.value-missing"));
                continue;
            }
            Integer rank = integer(l.cell(5));
            Integer provinces = integer(l.cell(6));
            if ((rank == null && !l.cell(5).isBlank()) || (provinces == null && !l.cell(6).isBlank())) {
                errors.add(RowError.localized(line, colRank, "rankings.national.error.rank"));
                continue;
            }
            // a row counts as taken only once it is valid: a wrong row does not make the corrected one a duplicate
            String dup = kind + "/" + year + "/" + code;
            Integer before = seen.get(dup);
            if (before != null) {
                errors.add(code.isEmpty()
                        ? RowError.localized(line, colPart, "rankings.national.error.twice-total", kindName(kind), String.valueOf(year),
                        String.valueOf(before))
                        : RowError.localized(line, colPart, "rankings.national.error.twice", kindName(kind), String.valueOf(year),
                        code, String.valueOf(before)));
                continue;
            }
            if (code.isEmpty()) {
                NationalResult total = new NationalResult(kind, year, value, scale == null ? RankingService.defaultScale(kind, year) : scale,
                        rank, provinces);
                UserFacingException problem = RankingService.nationalProblem(total);
                if (problem != null) {
                    errors.add(RowError.localized(line, colValue, problem.key(), problem.args()));
                    continue;
                }
                totals.put(key, total);
                totalLine.put(key, line);
                seen.put(dup, line);
                continue;
            }
            List<String> codes = NationalParts.codes(kind, year);
            if (!codes.contains(code)) {
                errors.add(RowError.localized(line, colPart, "rankings.national.error.part", kindName(kind), String.valueOf(year), code, String.join(", ", codes)));
                continue;
            }
            BigDecimal max = NationalParts.max(kind, code);
            if (scale != null && scale.compareTo(max) != 0) {
                errors.add(RowError.localized(line, colScale, "rankings.national.error.part-scale", code, kindName(kind),
                        max.toPlainString(), scale.stripTrailingZeros().toPlainString()));
                continue;
            }
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                errors.add(RowError.localized(line, colValue, "rankings.national.error.part-range", value.toPlainString(), max.toPlainString()));
                continue;
            }
            if (rank != null && rank < 1) {
                errors.add(RowError.localized(line, colRank, "rankings.national.error.rank"));
                continue;
            }
            parts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(code, new NationalPart(kind, year, code, value, max, rank));
            seen.put(dup, line);
            firstPartLine.putIfAbsent(key, line);
        }
        if (errors.isEmpty() && totals.isEmpty() && parts.isEmpty()) {
            throw ImportRejectedException.localized("rankings.national.error.empty");
        }
        // the rules between a total and its parts, over what is stored and what the file brings
        Map<Key, NationalResult> storedTotals = new HashMap<>();
        repo.national(provinceId).forEach(r -> storedTotals.put(new Key(r.kind(), r.year()), r));
        Map<Key, Map<String, NationalPart>> storedParts = new HashMap<>();
        repo.nationalParts(provinceId).forEach(p -> storedParts.computeIfAbsent(new Key(p.kind(), p.year()), k -> new HashMap<>()).put(p.code(), p));
        List<Key> touched = new ArrayList<>(totals.keySet());
        parts.keySet().stream().filter(k -> !touched.contains(k)).forEach(touched::add);
        for (Key key : touched) {
            NationalResult total = totals.getOrDefault(key, storedTotals.get(key));
            int line = firstPartLine.getOrDefault(key, totalLine.getOrDefault(key, 0));
            if (total == null) {
                errors.add(RowError.localized(line, colPart, "rankings.national.error.no-total", kindName(key.kind()), String.valueOf(key.year())));
                continue;
            }
            Map<String, NationalPart> all = new HashMap<>(storedParts.getOrDefault(key, Map.of()));
            all.putAll(parts.getOrDefault(key, Map.of()));
            for (NationalPart p : parts.getOrDefault(key, Map.of()).values()) {
                if (p.rank() != null && total.provinces() != null && p.rank() > total.provinces()) {
                    errors.add(RowError.localized(seen.getOrDefault(p.kind() + "/" + p.year() + "/" + p.code(), line), colRank,
                            "rankings.national.error.part-rank", p.code(), String.valueOf(p.rank()), String.valueOf(total.provinces())));
                }
            }
            RowError problem = consistency(line, colValue, total, all.values());
            if (problem != null) {
                errors.add(problem);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            throw new ImportRejectedException(errors);
        }
        totals.values().forEach(r -> repo.upsertNational(provinceId, r));
        parts.values().forEach(m -> m.values().forEach(p -> repo.upsertNationalPart(provinceId, p)));
        return totals.size() + parts.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Whether a total agrees with its parts once all of them are known: the sum for PAPI and 766, between the
     * smallest and the largest part for the weighted means (PAR INDEX, SIPAS). Null when it agrees or parts are missing.
     */
    static @Nullable RowError consistency(int line, String column, NationalResult total, java.util.Collection<NationalPart> parts) {
        if (parts.size() < NationalParts.codes(total.kind(), total.year()).size()) {
            return null;
        }
        if (NationalParts.totalIsSum(total.kind())) {
            BigDecimal sum = parts.stream().map(NationalPart::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(total.value()).abs().compareTo(NationalParts.TOLERANCE) > 0) {
                return RowError.localized(line, column, "rankings.national.error.sum", kindName(total.kind()), String.valueOf(total.year()), sum.toPlainString(),
                        total.value().toPlainString(), NationalParts.TOLERANCE.toPlainString());
            }
            return null;
        }
        BigDecimal min = parts.stream().map(NationalPart::value).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = parts.stream().map(NationalPart::value).max(Comparator.naturalOrder()).orElseThrow();
        if (total.value().compareTo(min.subtract(NationalParts.TOLERANCE)) < 0 || total.value().compareTo(max.add(NationalParts.TOLERANCE)) > 0) {
            return RowError.localized(line, column, "rankings.national.error.mean", kindName(total.kind()), String.valueOf(total.year()), total.value().toPlainString(),
                    min.toPlainString(), max.toPlainString());
        }
        return null;
    }

    static NationalResult.@Nullable Kind kind(String text) {
        String k = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return switch (k) {
            case "PARINDEX", "PAR" -> NationalResult.Kind.PAR_INDEX;
            case "SIPAS" -> NationalResult.Kind.SIPAS;
            case "PAPI" -> NationalResult.Kind.PAPI;
            case "766", "SERVICE766", "SERVICEINDEX766" -> NationalResult.Kind.SERVICE_766;
            default -> null;
        };
    }

    /** The index's own name, as it is published (the same in every language). */
    static String kindName(NationalResult.Kind kind) {
        return switch (kind) {
            case PAR_INDEX -> "PAR INDEX";
            case SIPAS -> "SIPAS";
            case PAPI -> "PAPI";
            case SERVICE_766 -> "766";
        };
    }

    /** A whole number (a year, a rank) as the file has it: "2019", or "2019.0" from a spreadsheet cell; null when it is none. */
    private static @Nullable Integer integer(String text) {
        try {
            return ImportNumbers.intCount(text.replaceFirst("\\.0+$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

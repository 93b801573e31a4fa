package vn.reformdesk.units;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.reformdesk.security.RoleRules;

/**
 * Imports the statistics office's (GSO) list of administrative units, one row per commune:
 * {@code Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh}. A district without
 * communes (island districts) has an empty commune code and level "Huyện"; a two-level list (since July
 * 2025) leaves the district columns empty. The whole file is checked first; any error rejects it and
 * nothing is written. Importing the same file again changes nothing.
 */
@Service
public class GsoImportService {

    public static final List<String> HEADER =
            List.of("Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh");
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_ERRORS = 100;
    private static final java.util.Locale VIETNAMESE = java.util.Locale.of("vi");

    /** What an import did; {@code provinces}, {@code districts} and {@code communes} count the file's units. */
    public record ImportResult(int created, int updated, int unchanged, int provinces, int districts, int communes) {
    }

    private record Parsed(String code, String name, @Nullable String nameEn, UnitTier tier, String kind,
                          @Nullable String parentCode, int line) {
    }

    private record Existing(long id, String name, @Nullable String nameEn, String kind, @Nullable Long parentId, String path) {
    }

    private final JdbcTemplate jdbc;
    private final NationalRoot nation;

    GsoImportService(JdbcTemplate jdbc, NationalRoot nation) {
        this.jdbc = jdbc;
        this.nation = nation;
    }

    /** Imports a list of units as they stood before any validity date is known (the classic GSO list). */
    @Transactional
    @PreAuthorize(RoleRules.ADMINISTERS)
    public ImportResult importCsv(byte[] content) {
        return importCsv(content, null);
    }

    /**
     * Imports a list whose units are valid from {@code validFrom} (e.g. 2025-07-01 for the two-level list).
     * Units are matched by level and code among the units with that same start of validity, so a new list
     * never rewrites the history of the units it replaces.
     */
    @Transactional
    @PreAuthorize(RoleRules.ADMINISTERS)
    public ImportResult importCsv(byte[] content, @Nullable LocalDate validFrom) {
        return write(parse(content), validFrom);
    }

    private List<Parsed> parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw ImportRejectedException.localized("import.error.too-large", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.localized("import.error.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Parsed> provinces = new LinkedHashMap<>();
        Map<String, Parsed> districts = new LinkedHashMap<>();
        Map<String, Parsed> communes = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRejectedException(List.of(RowError.localized(1, "", "import.error.missing-columns",
                        String.join(", ", missing), String.join(",", HEADER))));
            }
            for (CSVRecord r : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                parseRow(r, line, provinces, districts, communes, errors);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ImportRejectedException.localized("import.error.bad-csv", String.valueOf(e.getMessage()));
        }
        if (provinces.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.localized(1, "", "import.error.no-rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<Parsed> all = new ArrayList<>(provinces.values());
        all.addAll(districts.values());
        all.addAll(communes.values());
        return all;
    }

    private static void parseRow(CSVRecord r, int line, Map<String, Parsed> provinces, Map<String, Parsed> districts,
                                 Map<String, Parsed> communes, List<RowError> errors) {
        if (!r.isConsistent()) {
            errors.add(RowError.localized(line, "", "import.error.column-count", String.valueOf(HEADER.size()), String.valueOf(r.size())));
            return;
        }
        String pName = r.get("Tỉnh Thành Phố");
        String pCode = r.get("Mã TP");
        String dName = r.get("Quận Huyện");
        String dCode = r.get("Mã QH");
        String cName = r.get("Phường Xã");
        String cCode = r.get("Mã PX");
        String level = r.get("Cấp");
        String nameEn = r.get("Tên Tiếng Anh");
        int before = errors.size();
        if (!pCode.matches("\\d{2}")) {
            errors.add(RowError.localized(line, "Mã TP", "units.import.error.province-code", pCode));
        }
        if (pName.isEmpty()) {
            errors.add(RowError.localized(line, "Tỉnh Thành Phố", "units.import.error.province-name"));
        }
        boolean hasDistrict = !dCode.isEmpty() || !dName.isEmpty();
        if (hasDistrict && !dCode.matches("\\d{3}")) {
            errors.add(RowError.localized(line, "Mã QH", "units.import.error.district-code", dCode));
        }
        if (hasDistrict && dName.isEmpty()) {
            errors.add(RowError.localized(line, "Quận Huyện", "units.import.error.district-name"));
        }
        boolean districtOnly = cCode.isEmpty() && cName.isEmpty();
        if (districtOnly && !("Huyện".equals(level) && hasDistrict)) {
            errors.add(RowError.localized(line, "Mã PX", "units.import.error.commune-code-empty"));
        }
        if (!districtOnly && !cCode.matches("\\d{5}")) {
            errors.add(RowError.localized(line, "Mã PX", "units.import.error.commune-code", cCode));
        }
        if (!districtOnly && cName.isEmpty()) {
            errors.add(RowError.localized(line, "Phường Xã", "units.import.error.commune-name"));
        }
        String provinceKind = provinceKind(pName);
        if (!pName.isEmpty() && provinceKind == null) {
            errors.add(RowError.localized(line, "Tỉnh Thành Phố", "units.import.error.province-kind", pName));
        }
        String districtKind = hasDistrict ? districtKind(dName) : null;
        if (hasDistrict && !dName.isEmpty() && districtKind == null) {
            errors.add(RowError.localized(line, "Quận Huyện", "units.import.error.district-kind", dName));
        }
        String communeKind = districtOnly ? null : communeKind(level);
        if (!districtOnly && communeKind == null) {
            errors.add(RowError.localized(line, "Cấp", "units.import.error.level", level));
        }
        if (errors.size() > before) {
            return;
        }
        Parsed province = new Parsed(pCode, pName, null, UnitTier.PROVINCE, Objects.requireNonNull(provinceKind), null, line);
        if (!sameAsBefore(provinces, province, errors)) {
            return;
        }
        if (hasDistrict) {
            Parsed district = new Parsed(dCode, dName, null, UnitTier.DISTRICT, Objects.requireNonNull(districtKind), pCode, line);
            if (!sameAsBefore(districts, district, errors)) {
                return;
            }
        }
        if (!districtOnly) {
            Parsed commune = new Parsed(cCode, cName, nameEn.isEmpty() ? null : nameEn, UnitTier.COMMUNE,
                    Objects.requireNonNull(communeKind), hasDistrict ? dCode : pCode, line);
            Parsed previous = communes.putIfAbsent(cCode, commune);
            if (previous != null) {
                errors.add(RowError.localized(line, "Mã PX", "units.import.error.duplicate", cCode, String.valueOf(previous.line())));
            }
        }
    }

    /** A province or district repeats on every row of its communes: it must repeat identically. */
    private static boolean sameAsBefore(Map<String, Parsed> seen, Parsed unit, List<RowError> errors) {
        Parsed first = seen.putIfAbsent(unit.code(), unit);
        if (first == null) {
            return true;
        }
        if (!first.name().equals(unit.name()) || !Objects.equals(first.parentCode(), unit.parentCode())) {
            String column = unit.tier() == UnitTier.PROVINCE ? "Tỉnh Thành Phố" : "Quận Huyện";
            errors.add(RowError.localized(unit.line(), column, "units.import.error.inconsistent", unit.code(), unit.name(),
                    first.name(), String.valueOf(first.line())));
            return false;
        }
        return true;
    }

    /** The kind from the name's prefix; the list is not consistent in case ("Thành Phố Bắc Kạn"). */
    static @Nullable String provinceKind(String name) {
        String n = name.toLowerCase(VIETNAMESE);
        if (n.startsWith("thành phố ")) {
            return "THANH_PHO_TW";
        }
        return n.startsWith("tỉnh ") ? "TINH" : null;
    }

    static @Nullable String districtKind(String name) {
        String n = name.toLowerCase(VIETNAMESE);
        if (n.startsWith("quận ")) {
            return "QUAN";
        }
        if (n.startsWith("huyện ")) {
            return "HUYEN";
        }
        if (n.startsWith("thị xã ")) {
            return "THI_XA";
        }
        return n.startsWith("thành phố ") ? "THANH_PHO" : null;
    }

    static @Nullable String communeKind(String level) {
        return switch (level) {
            case "Xã" -> "XA";
            case "Phường" -> "PHUONG";
            case "Thị trấn" -> "THI_TRAN";
            case "Đặc khu" -> "DAC_KHU";
            default -> null;
        };
    }

    private ImportResult write(List<Parsed> parsed, @Nullable LocalDate validFrom) {
        Map<String, Existing> existing = new HashMap<>();
        jdbc.query("select id, code, tier, name, name_en, kind, parent_id, path from unit"
                        + " where tier <> 'DEPARTMENT' and valid_from is not distinct from ?::date",
                rs -> {
                    existing.put(rs.getString("tier") + ":" + rs.getString("code"), new Existing(rs.getLong("id"),
                            rs.getString("name"), rs.getString("name_en"), rs.getString("kind"),
                            (Long) rs.getObject("parent_id"), rs.getString("path")));
                }, validFrom);
        int newCount = (int) parsed.stream().filter(p -> !existing.containsKey(key(p))).count();
        // in a ministry's installation the provinces sit below the country
        Optional<UnitRef> top = nation.find();
        Long topId = top.map(UnitRef::id).orElse(null);
        String topPath = top.map(UnitRef::path).orElse("/");
        List<Long> newIds = newCount == 0 ? List.of()
                : jdbc.queryForList("select nextval('unit_id_seq') from generate_series(1, ?)", Long.class, newCount);
        Map<String, Long> idByCode = new HashMap<>();
        Map<String, String> pathByCode = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int next = 0;
        int provinces = 0;
        int districts = 0;
        int communes = 0;
        UnitTier tierInProgress = null;
        for (Parsed p : parsed) {
            if (p.tier() != tierInProgress) {
                // a level's new units are written before the next level refers to them as parents
                insert(inserts);
                tierInProgress = p.tier();
            }
            switch (p.tier()) {
                case PROVINCE -> provinces++;
                case DISTRICT -> districts++;
                default -> communes++;
            }
            String parentKey = p.parentCode() == null ? null
                    : (p.tier() == UnitTier.DISTRICT || p.parentCode().length() == 2 ? "PROVINCE:" : "DISTRICT:") + p.parentCode();
            Long parentId = parentKey == null ? topId : idByCode.get(parentKey);
            String parentPath = parentKey == null ? topPath : pathByCode.get(parentKey);
            Existing old = existing.get(key(p));
            if (old == null) {
                long id = newIds.get(next++);
                String path = parentPath + id + "/";
                inserts.add(new Object[]{id, p.code(), p.name(), p.nameEn(), p.tier().name(), p.kind(), parentId, path, depth(path), validFrom});
                idByCode.put(key(p), id);
                pathByCode.put(key(p), path);
                created++;
                continue;
            }
            String path = parentPath + old.id() + "/";
            idByCode.put(key(p), old.id());
            pathByCode.put(key(p), path);
            boolean same = old.name().equals(p.name()) && Objects.equals(old.nameEn(), p.nameEn())
                    && old.kind().equals(p.kind()) && Objects.equals(old.parentId(), parentId);
            if (same) {
                unchanged++;
                continue;
            }
            jdbc.update("update unit set name = ?, name_en = ?, kind = ?, parent_id = ?, version = version + 1 where id = ?",
                    p.name(), p.nameEn(), p.kind(), parentId, old.id());
            if (!old.path().equals(path)) {
                // the unit moved: its whole subtree gets the new path prefix
                jdbc.update("update unit set path = ? || substring(path from ?), depth = depth + ? where path like ?",
                        path, old.path().length() + 1, depth(path) - depth(old.path()), old.path() + "%");
            }
            updated++;
        }
        insert(inserts);
        return new ImportResult(created, updated, unchanged, provinces, districts, communes);
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into unit (id, code, name, name_en, tier, kind, parent_id, path, depth, valid_from)"
                    + " values (?,?,?,?,?,?,?,?,?,?)", rows);
            rows.clear();
        }
    }

    private static String key(Parsed p) {
        return p.tier().name() + ":" + p.code();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}

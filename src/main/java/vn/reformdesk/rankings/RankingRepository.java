package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Plain SQL for the index tables; the services above it check roles and scope. */
@Repository
class RankingRepository {

    /** A stored score row of one revision. */
    record ScoreRecord(long unitId, long criterionId, @Nullable BigDecimal self, @Nullable BigDecimal appraised,
                       @Nullable BigDecimal survey) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RankingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Writes score rows; a blank figure leaves the stored one as it is, so importing the survey column alone
     * (or a correction of the appraised points) never wipes out the self-assessed points of a round.
     */
    void upsertScores(long indexId, int revision, List<ScoreRecord> rows) {
        template.batchUpdate("insert into rk_score (index_id, revision, unit_id, criterion_id, self_points, appraised_points, survey_points)"
                        + " values (?,?,?,?,?,?,?) on conflict (index_id, revision, unit_id, criterion_id) do update set"
                        + " self_points = coalesce(excluded.self_points, rk_score.self_points),"
                        + " appraised_points = coalesce(excluded.appraised_points, rk_score.appraised_points),"
                        + " survey_points = coalesce(excluded.survey_points, rk_score.survey_points)",
                rows, 500, (ps, s) -> {
                    ps.setLong(1, indexId);
                    ps.setInt(2, revision);
                    ps.setLong(3, s.unitId());
                    ps.setLong(4, s.criterionId());
                    ps.setBigDecimal(5, s.self());
                    ps.setBigDecimal(6, s.appraised());
                    ps.setBigDecimal(7, s.survey());
                });
    }

    // ---------- index definitions

    Optional<IndexDef> findIndex(long id) {
        return jdbc.sql(INDEX_SELECT + " where i.id = ?").param(id).query(this::index).optional().map(this::withBands);
    }

    Optional<IndexDef> findIndex(long provinceId, String code, int year) {
        return jdbc.sql(INDEX_SELECT + " where i.province_id = ? and i.code = ? and i.year = ?")
                .params(provinceId, code, year).query(this::index).optional().map(this::withBands);
    }

    List<IndexDef> indexesOf(long provinceId, int year) {
        return jdbc.sql(INDEX_SELECT + " where i.province_id = ? and i.year = ? order by i.code")
                .params(provinceId, year).query(this::index).list().stream().map(this::withBands).toList();
    }

    List<Integer> yearsOf(long provinceId, String code) {
        return jdbc.sql("select year from rk_index where province_id = ? and code = ? order by year")
                .params(provinceId, code).query(Integer.class).list();
    }

    long insertIndex(long provinceId, String code, int year, String name, @Nullable String nameEn, Set<UnitTier> tiers, Scale scale) {
        return jdbc.sql("insert into rk_index (province_id, code, year, name, name_en, tiers, scale) values (?,?,?,?,?,?,?) returning id")
                .params(provinceId, code, year, name, nameEn, tiersText(tiers), scale.name()).query(Long.class).single();
    }

    /** Updates the heading fields if the version still matches; false when someone saved in between. */
    boolean updateIndex(long id, long expectedVersion, String name, @Nullable String nameEn, Set<UnitTier> tiers, Scale scale) {
        return jdbc.sql("update rk_index set name = ?, name_en = ?, tiers = ?, scale = ?, version = version + 1 where id = ? and version = ?")
                .params(name, nameEn, tiersText(tiers), scale.name(), id, expectedVersion).update() == 1;
    }

    boolean bumpVersion(long id, long expectedVersion) {
        return jdbc.sql("update rk_index set version = version + 1 where id = ? and version = ?").params(id, expectedVersion).update() == 1;
    }

    void replaceBands(long indexId, List<Band> bands) {
        jdbc.sql("delete from rk_band where index_id = ?").param(indexId).update();
        for (Band b : bands) {
            jdbc.sql("insert into rk_band (index_id, label, label_en, min_score, color) values (?,?,?,?,?)")
                    .params(indexId, b.label(), b.labelEn(), b.min(), b.color()).update();
        }
    }

    List<Criterion> criteria(long indexId) {
        return jdbc.sql("select id, parent_id, code, name, name_en, max_points, survey, position from rk_criterion where index_id = ? order by position")
                .param(indexId).query((rs, n) -> new Criterion(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("name_en"), rs.getBigDecimal("max_points"), rs.getBoolean("survey"),
                        rs.getInt("position"))).list();
    }

    void deleteCriteria(long indexId) {
        jdbc.sql("delete from rk_criterion where index_id = ?").param(indexId).update();
    }

    long insertCriterion(long indexId, @Nullable Long parentId, String code, String name, @Nullable String nameEn, BigDecimal max,
                         boolean survey, int position) {
        return jdbc.sql("insert into rk_criterion (index_id, parent_id, code, name, name_en, max_points, survey, position)"
                        + " values (?,?,?,?,?,?,?,?) returning id")
                .params(indexId, parentId, code, name, nameEn, max, survey, position).query(Long.class).single();
    }

    // ---------- scores and revisions

    boolean hasScores(long indexId) {
        return jdbc.sql("select exists (select 1 from rk_score where index_id = ?)").param(indexId).query(Boolean.class).single();
    }

    int latestRevision(long indexId) {
        return jdbc.sql("select coalesce(max(revision), 0) from rk_revision where index_id = ?").param(indexId).query(Integer.class).single();
    }

    List<ScoreRecord> scores(long indexId, int revision) {
        return jdbc.sql("select unit_id, criterion_id, self_points, appraised_points, survey_points from rk_score where index_id = ? and revision = ?")
                .params(indexId, revision).query((rs, n) -> new ScoreRecord(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
    }

    void upsertScore(long indexId, int revision, ScoreRecord s) {
        jdbc.sql("insert into rk_score (index_id, revision, unit_id, criterion_id, self_points, appraised_points, survey_points)"
                        + " values (?,?,?,?,?,?,?) on conflict (index_id, revision, unit_id, criterion_id) do update set"
                        + " self_points = excluded.self_points, appraised_points = excluded.appraised_points, survey_points = excluded.survey_points")
                .params(indexId, revision, s.unitId(), s.criterionId(), s.self(), s.appraised(), s.survey()).update();
    }

    void copyRevision(long indexId, int from, int to) {
        jdbc.sql("insert into rk_score (index_id, revision, unit_id, criterion_id, self_points, appraised_points, survey_points)"
                        + " select index_id, ?, unit_id, criterion_id, self_points, appraised_points, survey_points from rk_score"
                        + " where index_id = ? and revision = ?")
                .params(to, indexId, from).update();
    }

    void insertRevision(long indexId, int revision, String by, String reason) {
        jdbc.sql("insert into rk_revision (index_id, revision, created_by, reason) values (?,?,?,?)")
                .params(indexId, revision, by, reason).update();
    }

    List<Revision> revisions(long indexId) {
        return jdbc.sql("select revision, created_by, created_at, reason from rk_revision where index_id = ? order by revision desc")
                .param(indexId).query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toLocalDateTime(), rs.getString(4))).list();
    }

    // ---------- units (read without scope: a published ranking is public within the province)

    List<UnitRef> rankableUnits(String provincePath, Collection<UnitTier> tiers, LocalDate start, LocalDate end) {
        if (tiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNIT_SELECT + " where path like :prefix || '%' and tier in (:tiers)"
                        + " and (valid_from is null or valid_from <= :end) and (valid_to is null or valid_to >= :start) order by code")
                .param("prefix", provincePath).param("tiers", tiers.stream().map(Enum::name).toList())
                .param("start", Date.valueOf(start)).param("end", Date.valueOf(end))
                .query(RankingRepository::unit).list();
    }

    List<UnitRef> unitsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNIT_SELECT + " where id in (:ids)").param("ids", ids).query(RankingRepository::unit).list();
    }

    Optional<UnitRef> unit(long id) {
        return jdbc.sql(UNIT_SELECT + " where id = ?").param(id).query(RankingRepository::unit).optional();
    }

    // ---------- national results

    List<NationalResult> national(long provinceId) {
        return jdbc.sql("select kind, year, value, scale_max, national_rank, provinces from rk_national where province_id = ? order by kind, year")
                .param(provinceId).query((rs, n) -> new NationalResult(NationalResult.Kind.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6))).list();
    }

    void upsertNational(long provinceId, NationalResult r) {
        jdbc.sql("insert into rk_national (province_id, kind, year, value, scale_max, national_rank, provinces) values (?,?,?,?,?,?,?)"
                        + " on conflict (province_id, kind, year) do update set value = excluded.value, scale_max = excluded.scale_max,"
                        + " national_rank = excluded.national_rank, provinces = excluded.provinces")
                .params(provinceId, r.kind().name(), r.year(), r.value(), r.scaleMax(), r.rank(), r.provinces()).update();
    }

    List<NationalPart> nationalParts(long provinceId) {
        return jdbc.sql("select kind, year, code, value, max_value, national_rank from rk_national_part where province_id = ?"
                        + " order by kind, year, length(code), code")
                .param(provinceId).query((rs, n) -> new NationalPart(NationalResult.Kind.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), (Integer) rs.getObject(6))).list();
    }

    void upsertNationalPart(long provinceId, NationalPart p) {
        jdbc.sql("insert into rk_national_part (province_id, kind, year, code, value, max_value, national_rank) values (?,?,?,?,?,?,?)"
                        + " on conflict (province_id, kind, year, code) do update set value = excluded.value, max_value = excluded.max_value,"
                        + " national_rank = excluded.national_rank")
                .params(provinceId, p.kind().name(), p.year(), p.code(), p.value(), p.max(), p.rank()).update();
    }

    // ---------- mapping

    private static final String INDEX_SELECT = "select i.id, i.province_id, i.code, i.year, i.name, i.name_en, i.tiers, i.scale, i.version,"
            + " (select coalesce(max(r.revision), 0) from rk_revision r where r.index_id = i.id) as published from rk_index i";
    private static final String UNIT_SELECT = "select id, code, name, name_en, tier, kind, parent_id, path, depth, valid_from, valid_to from unit";

    private IndexDef index(ResultSet rs, int n) throws SQLException {
        Set<UnitTier> tiers = Arrays.stream(rs.getString("tiers").split(",")).filter(s -> !s.isBlank())
                .map(UnitTier::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitTier.class)));
        return new IndexDef(rs.getLong("id"), rs.getLong("province_id"), rs.getString("code"), rs.getInt("year"), rs.getString("name"),
                rs.getString("name_en"), tiers, Scale.valueOf(rs.getString("scale")), List.of(), rs.getLong("version"), rs.getInt("published"));
    }

    private IndexDef withBands(IndexDef i) {
        List<Band> bands = jdbc.sql("select label, label_en, min_score, color from rk_band where index_id = ?").param(i.id())
                .query((rs, n) -> new Band(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4))).list();
        return new IndexDef(i.id(), i.provinceId(), i.code(), i.year(), i.name(), i.nameEn(), i.tiers(), i.scale(), bands, i.version(), i.published());
    }

    private static String tiersText(Set<UnitTier> tiers) {
        return tiers.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static UnitRef unit(ResultSet rs, int n) throws SQLException {
        Date from = rs.getDate("valid_from");
        Date to = rs.getDate("valid_to");
        return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                UnitTier.valueOf(rs.getString("tier")), rs.getString("kind"), (Long) rs.getObject("parent_id"), rs.getString("path"),
                rs.getInt("depth"), from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate());
    }
}

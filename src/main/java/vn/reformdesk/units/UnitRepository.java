package vn.reformdesk.units;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface UnitRepository extends JpaRepository<Unit, Long> {

    String VALID = " (u.validFrom is null or u.validFrom <= :end) and (u.validTo is null or u.validTo >= :start) ";

    @Query("select u from Unit u where u.parentId is null and" + VALID + "order by u.code")
    List<Unit> findRoots(@Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query("select u from Unit u where u.parentId = :parent and" + VALID
            + "order by case u.tier when vn.reformdesk.units.UnitTier.DEPARTMENT then 1 else 0 end, u.code")
    List<Unit> findChildren(@Param("parent") long parent, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query("select count(u) > 0 from Unit u where u.parentId = :parent and" + VALID)
    boolean hasChildren(@Param("parent") long parent, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query("select u from Unit u where u.code = :code order by u.validFrom desc nulls last")
    List<Unit> findByCode(@Param("code") String code);

    /** {@code folded} is {@code SearchText.query(text)}: the names are folded the same way by {@code search_fold} (V145). */
    @Query(value = "select u.* from unit u where u.path like :prefix || '%'"
            + " and (u.valid_from is null or u.valid_from <= :end) and (u.valid_to is null or u.valid_to >= :start)"
            + " and (search_fold(u.name) like '%' || :folded || '%' or search_fold(u.name_en) like '%' || :folded || '%'"
            + " or u.code like :code || '%') order by u.depth, u.code limit :limit", nativeQuery = true)
    List<Unit> search(@Param("prefix") String prefix, @Param("folded") String folded, @Param("code") String code,
                      @Param("start") LocalDate start, @Param("end") LocalDate end, @Param("limit") int limit);

    @Query("select u from Unit u where u.path like concat(:prefix, '%') and" + VALID + "order by u.depth, u.code")
    List<Unit> findSubtree(@Param("prefix") String prefix, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query("select u.tier, u.kind, count(u) from Unit u where u.parentId = :parent and" + VALID + "group by u.tier, u.kind")
    List<Object[]> countChildrenByKind(@Param("parent") long parent, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query(value = "select c.id, count(g.id) from unit c left join unit g on g.parent_id = c.id"
            + " and (g.valid_from is null or g.valid_from <= :end) and (g.valid_to is null or g.valid_to >= :start)"
            + " where c.parent_id = :parent and (c.valid_from is null or c.valid_from <= :end) and (c.valid_to is null or c.valid_to >= :start)"
            + " group by c.id", nativeQuery = true)
    List<Object[]> countGrandchildren(@Param("parent") long parent, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query("select u from Unit u where u.code = :code and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)"
            + " order by u.tier, u.id")
    List<Unit> findValidOn(@Param("code") String code, @Param("day") LocalDate day);

    @Query(value = "select u.* from unit u join unit_link l on l.successor_id = u.id where l.predecessor_id = :id order by u.code",
            nativeQuery = true)
    List<Unit> findSuccessors(@Param("id") long id);

    /** Departments kept with a province that took over a whole predecessor province (they stay under the old row). */
    @Query(value = "select d.* from unit d join unit_link l on d.parent_id = l.predecessor_id where l.successor_id = :province"
            + " and l.share = 'WHOLE' and d.tier = 'DEPARTMENT'"
            + " and (d.valid_from is null or d.valid_from <= :end) and (d.valid_to is null or d.valid_to >= :start) order by d.code",
            nativeQuery = true)
    List<Unit> findKeptDepartments(@Param("province") long province, @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Query("select u.tier, count(u) from Unit u group by u.tier")
    List<Object[]> countByTier();
}

package vn.reformdesk.plans;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    @Query("select t.number from PlanTask t where t.planId = :plan")
    List<String> numbersOf(@Param("plan") long planId);

    @Query("select coalesce(max(t.sortKey), 0) from PlanTask t where t.planId = :plan")
    int maxSortKey(@Param("plan") long planId);
}

package vn.reformdesk.plans;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ReformPlanRepository extends JpaRepository<ReformPlan, Long> {

    Optional<ReformPlan> findByUnitIdAndYear(long unitId, int year);

    List<ReformPlan> findByUnitIdInAndYear(Collection<Long> unitIds, int year);
}

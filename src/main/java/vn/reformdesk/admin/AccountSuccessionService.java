package vn.reformdesk.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.LineageLink;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;
import java.util.Optional;
import vn.reformdesk.security.RoleRules;

/**
 * Accounts tied to units that no longer exist (abolished by a reorganisation), each with the successor proposed:
 * the successor with the same code (Thị trấn An Châu 30589 → Xã An Châu 30589), else the only successor. A unit
 * split among several (a district) gets no proposal: the administrator chooses. Re-pointing is one step.
 */
@Service
@PreAuthorize(RoleRules.ADMINISTERS)
public class AccountSuccessionService {

    /** An account on an abolished unit and the unit proposed for it (null: choose by hand). */
    public record Proposal(long userId, String username, String displayName, UnitRef unit, @Nullable UnitRef proposed) {
    }

    private final UserService users;
    private final UnitService units;
    private final UnitLineageService lineage;
    private final ReportingClock clock;

    AccountSuccessionService(UserService users, UnitService units, UnitLineageService lineage, ReportingClock clock) {
        this.users = users;
        this.units = units;
        this.lineage = lineage;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Proposal> accountsOnAbolishedUnits() {
        return users.list().stream().filter(u -> u.unitId() != null && u.enabled()).map(u -> {
            UnitRef unit = units.get(u.unitId());
            if (unit.validTo() == null || !unit.validTo().isBefore(clock.today())) {
                return null;
            }
            return new Proposal(u.id(), u.username(), u.displayName(), unit, propose(unit).orElse(null));
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** Moves every account with a proposal to it; returns how many moved. */
    @Transactional
    public int repoint(List<Proposal> proposals) {
        int moved = 0;
        for (Proposal p : proposals) {
            if (p.proposed() != null) {
                users.moveToUnit(p.userId(), p.proposed().id());
                moved++;
            }
        }
        return moved;
    }

    private Optional<UnitRef> propose(UnitRef unit) {
        List<LineageLink> successors = lineage.successors(unit.id());
        return successors.stream().map(LineageLink::unit).filter(s -> s.code().equals(unit.code())).findFirst()
                .or(() -> successors.size() == 1 ? Optional.of(successors.getFirst().unit()) : Optional.empty());
    }
}

package vn.reformdesk.units;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole country's unit of a ministry's installation. At startup ({@code reformdesk.installation=ministry}) it
 * is created when missing and every province that is still a root moves below it: one prefix update of the
 * materialised paths, the ids stay, so no figure (all keyed by unit id and aggregated by path prefix) changes. It
 * runs before the demo data and the command-line import ({@link Order} 0); the importers and
 * {@link UnitAdminService} then put new provinces below the country themselves ({@link #find()}).
 * A province's installation never creates it.
 */
@Component
@Order(0)
class NationalRoot implements ApplicationRunner {

    /** The legal kind of the country's unit (label {@code unit.kind.QUOC_GIA}). */
    static final String KIND = "QUOC_GIA";
    static final String NAME = "Cả nước";
    static final String NAME_EN = "Viet Nam";

    /** The country's unit and how many provinces moved below it just now. */
    record Attached(UnitRef root, int provincesMoved, int unitsMoved, long millis) {
    }

    private static final Logger log = LoggerFactory.getLogger(NationalRoot.class);
    private final Installation installation;
    private final UnitRepository units;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    NationalRoot(Installation installation, UnitRepository units, JdbcTemplate jdbc, TransactionTemplate tx,
                 ApplicationEventPublisher events) {
        this.installation = installation;
        this.units = units;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (installation.isMinistry()) {
            Attached a = ensure();
            log.info("Ministry installation: {} ({}) is the root; {} provinces ({} units) moved below it in {} ms",
                    a.root().name(), a.root().code(), a.provincesMoved(), a.unitsMoved(), a.millis());
        }
    }

    /** The country's unit, in a ministry's installation once it exists; always empty for a province's installation. */
    Optional<UnitRef> find() {
        if (!installation.isMinistry()) {
            return Optional.empty();
        }
        return units.findByCode(installation.nationCode()).stream().map(Unit::toRef)
                .filter(u -> u.tier() == UnitTier.NATION).findFirst();
    }

    /** Creates the country's unit when missing and moves every province that is a root below it. Running it again changes nothing. */
    Attached ensure() {
        return Objects.requireNonNull(tx.execute(status -> {
            long t0 = System.nanoTime();
            UnitRef root = find().orElseGet(this::create);
            List<Long> moved = jdbc.queryForList("select id from unit where parent_id is null and tier = 'PROVINCE'", Long.class);
            // paths first (they find the provinces by their still-empty parent), then the provinces' parent
            int unitsMoved = jdbc.update("update unit u set path = ? || substring(u.path from 2), depth = u.depth + 1"
                    + " where split_part(u.path, '/', 2)::bigint in (select p.id from unit p where p.parent_id is null and p.tier = 'PROVINCE')",
                    root.path());
            int provinces = jdbc.update("update unit set parent_id = ?, version = version + 1 where parent_id is null and tier = 'PROVINCE'",
                    root.id());
            if (!moved.isEmpty()) {
                // the country's figures start with what its provinces recorded before (the dossier rollups, SubtreesMoved)
                events.publishEvent(new SubtreesMoved(root.id(), moved));
            }
            return new Attached(root, provinces, unitsMoved, (System.nanoTime() - t0) / 1_000_000);
        }));
    }

    /**
     * The way back to a province's installation: the provinces become roots again and the country's unit is deleted
     * (refused by the foreign keys when plans, inspections or users refer to it). Returns the units moved.
     */
    int detach(UnitRef root) {
        return Objects.requireNonNull(tx.execute(status -> {
            jdbc.update("update unit set parent_id = null, version = version + 1 where parent_id = ?", root.id());
            int moved = jdbc.update("update unit set path = substring(path from ?), depth = depth - 1 where path like ? and id <> ?",
                    root.path().length(), root.path() + "%", root.id());
            jdbc.update("delete from unit where id = ?", root.id());
            return moved;
        }));
    }

    private UnitRef create() {
        Long id = Objects.requireNonNull(jdbc.queryForObject("select nextval('unit_id_seq')", Long.class));
        jdbc.update("insert into unit (id, code, name, name_en, tier, kind, parent_id, path, depth) values (?,?,?,?,?,?,null,?,0)",
                id, installation.nationCode(), NAME, NAME_EN, UnitTier.NATION.name(), KIND, "/" + id + "/");
        return units.findById(id).orElseThrow().toRef();
    }
}

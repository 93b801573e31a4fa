package vn.reformdesk.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.security.SystemUser;

import java.util.Comparator;
import java.util.List;

/** In demo mode, loads each feature's demo data once (recorded in {@code demo_data_applied}). */
@Component
@Order(1)
@ConditionalOnProperty(name = "reformdesk.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DemoDataLoader(List<DemoDataContributor> contributors, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            for (DemoDataContributor c : contributors) {
                tx.executeWithoutResult(status -> {
                    Integer done = jdbc.queryForObject("select count(*) from demo_data_applied where key = ?", Integer.class, c.key());
                    if (done != null && done > 0) {
                        return;
                    }
                    long start = System.nanoTime();
                    c.load();
                    jdbc.update("insert into demo_data_applied (key) values (?)", c.key());
                    log.info("Demo data '{}' loaded in {} ms", c.key(), (System.nanoTime() - start) / 1_000_000);
                });
            }
        });
    }
}

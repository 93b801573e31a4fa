package vn.reformdesk.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url} (nor {@code DATABASE_URL}), the app runs its own PostgreSQL
 * with the data kept in {@code reformdesk.embedded-db.dir}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${reformdesk.embedded-db.dir}") String dir,
                          @Value("${reformdesk.embedded-db.port:0}") int port,
                          @Value("${reformdesk.embedded-db.clean:false}") boolean clean,
                          @Value("${reformdesk.embedded-db.durable:true}") boolean durable,
                          @Value("${reformdesk.embedded-db.pool-size:10}") int poolSize) {
        EmbeddedPostgres pg = EmbeddedPostgresServer.start(Path.of(dir), port, clean, durable);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}

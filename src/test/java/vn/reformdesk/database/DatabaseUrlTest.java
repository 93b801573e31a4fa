package vn.reformdesk.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void aPostgresUrlBecomesJdbcSettings() {
        var props = DatabaseUrlEnvironmentPostProcessor.toProperties("postgresql://cchc:s%40cret@db.internal:5433/reformdesk?sslmode=require");
        assertThat(props).containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:5433/reformdesk?sslmode=require")
                .containsEntry("spring.datasource.username", "cchc")
                .containsEntry("spring.datasource.password", "s@cret");
    }

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        assertThat(DatabaseUrlEnvironmentPostProcessor.toProperties("jdbc:postgresql://localhost/x"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://localhost/x").hasSize(1);
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.toProperties("mysql://h/db"))
                .hasMessageContaining("postgresql://");
    }
}

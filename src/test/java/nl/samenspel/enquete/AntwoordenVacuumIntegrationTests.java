package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL-only migration V24 (db/vendor/postgresql) runs on PostgreSQL and nowhere else: autovacuum
 * visits the answers after a fixed number of new rows, so reports can use index-only scans on a platform with
 * millions of answers. On H2 the version is simply absent and the application starts.
 */
@IntegratieTest
class AntwoordenVacuumIntegrationTests {

    @Autowired JdbcClient jdbc;

    @Test
    void autovacuumInstellingenAlleenOpPostgres() {
        boolean postgres = "postgres".equals(System.getProperty("samenspel.test.database"));
        int v24 = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '24' AND success").query(Integer.class).single();
        if (!postgres) {
            assertThat(v24).isZero();
            return;
        }
        assertThat(v24).isEqualTo(1);
        assertThat(jdbc.sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'respons_antwoord'")
                .query(String.class).single())
                .contains("autovacuum_vacuum_insert_threshold=10000", "autovacuum_vacuum_insert_scale_factor=0");
        assertThat(jdbc.sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'respons'").query(String.class).single())
                .contains("autovacuum_vacuum_insert_threshold=10000", "autovacuum_vacuum_insert_scale_factor=0");
    }
}

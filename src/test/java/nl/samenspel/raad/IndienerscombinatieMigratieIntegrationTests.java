package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration V21 on a database that already holds instruments in the old shape (one row per indiener):
 * every instrument keeps exactly its indieners, instruments with the same partijen share one combination,
 * and the old table name still reads as before. Runs on H2 and, in the PostgreSQL run, in a scratch schema.
 */
@ExtendWith(TestDatabase.class)
class IndienerscombinatieMigratieIntegrationTests {

    private static final String SCHEMA = "migratie_v21";

    @Test
    void bestaandeIndienersWordenCombinaties() throws SQLException {
        try (Connection con = verbinding()) {
            maakSchoon(con);
            flyway(con, "20").migrate();
            voer(con, "INSERT INTO gemeente (id, naam, cbs_code, inwonertal, raadszetels) VALUES (9001, 'Migratiestad', 'GM9001', 50000, 29)");
            voer(con, "INSERT INTO gemeente (id, naam, cbs_code, inwonertal, raadszetels) VALUES (9002, 'Anderdorp', 'GM9002', 20000, 19)");
            voer(con, "INSERT INTO partij (id, gemeente_id, naam, soort) VALUES (1, 9001, 'A', 'LOKAAL'), (2, 9001, 'B', 'LANDELIJK'), "
                    + "(10, 9001, 'C', 'LANDELIJK'), (3, 9002, 'D', 'LOKAAL')");
            String instrument = "INSERT INTO raadsinstrument (id, gemeente_id, soort, datum, bron) VALUES (%d, %d, 'MOTIE', DATE '2024-01-0%d', 'CSV')";
            int[][] indieners = {{1}, {2, 10}, {10, 2}, {1, 2, 10}, {1}, {3}};
            for (int i = 0; i < indieners.length; i++) {
                voer(con, instrument.formatted(100 + i, i == 5 ? 9002 : 9001, i + 1));
                for (int partij : indieners[i]) {
                    voer(con, "INSERT INTO raadsinstrument_indiener (instrument_id, partij_id) VALUES (%d, %d)".formatted(100 + i, partij));
                }
            }

            flyway(con, "21").migrate();

            assertThat(lijst(con, "SELECT instrument_id || ':' || partij_id FROM raadsinstrument_indiener ORDER BY instrument_id, partij_id"))
                    .containsExactly("100:1", "101:2", "101:10", "102:2", "102:10", "103:1", "103:2", "103:10", "104:1", "105:3");
            assertThat(lijst(con, "SELECT gemeente_id || '/' || sleutel FROM indienerscombinatie ORDER BY gemeente_id, sleutel"))
                    .as("numerically sorted ids, one combination per distinct set and gemeente")
                    .containsExactly("9001/1", "9001/1,2,10", "9001/2,10", "9002/3");
            assertThat(lijst(con, "SELECT COUNT(DISTINCT indieners_id) FROM raadsinstrument WHERE id IN (101, 102)")).containsExactly("1");
            assertThat(lijst(con, "SELECT COUNT(*) FROM raadsinstrument WHERE indieners_id IS NULL")).containsExactly("0");
            assertThat(Indienerscombinaties.sleutel(Indienerscombinaties.gesorteerd(new long[] {10, 2, 1, 2})))
                    .as("Java computes the same sleutel as the migration").isEqualTo("1,2,10");
        } finally {
            try (Connection con = verbinding()) {
                voer(con, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE"); // other tests read information_schema
            }
        }
    }

    private static boolean postgres() {
        return "postgres".equals(System.getProperty("samenspel.test.database"));
    }

    private static String url() {
        return postgres() ? System.getProperty("spring.datasource.url") : "jdbc:h2:mem:migratie_v21;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    private static String gebruiker() {
        return postgres() ? System.getProperty("spring.datasource.username") : "sa";
    }

    private static String wachtwoord() {
        return postgres() ? System.getProperty("spring.datasource.password") : "";
    }

    private static Connection verbinding() throws SQLException {
        return DriverManager.getConnection(url(), gebruiker(), wachtwoord());
    }

    private static void maakSchoon(Connection con) throws SQLException {
        voer(con, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        voer(con, "CREATE SCHEMA " + SCHEMA);
        voer(con, postgres() ? "SET search_path TO " + SCHEMA : "SET SCHEMA " + SCHEMA);
    }

    /** On the test's own connection, so its inserts and the migrations share one session and schema. */
    private static Flyway flyway(Connection con, String versie) {
        return Flyway.configure().dataSource(new SingleConnectionDataSource(con, true)).schemas(SCHEMA).outOfOrder(true)
                .locations("classpath:db/migration").target(versie).load();
    }

    private static void voer(Connection con, String sql) throws SQLException {
        try (var opdracht = con.createStatement()) {
            opdracht.execute(sql);
        }
    }

    private static List<String> lijst(Connection con, String sql) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (var opdracht = con.createStatement(); var uitslag = opdracht.executeQuery(sql)) {
            while (uitslag.next()) {
                rijen.add(uitslag.getString(1));
            }
        }
        return rijen;
    }
}

package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import nl.samenspel.Migratieschema;
import nl.samenspel.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Migration V21 on a database that already holds instruments in the old shape (one row per indiener):
 * every instrument keeps exactly its indieners, instruments with the same partijen share one combination,
 * and the old table name still reads as before. Runs on H2 and, in the PostgreSQL run, in a scratch schema.
 */
@ExtendWith(TestDatabase.class)
class IndienerscombinatieMigratieIntegrationTests {

    @Test
    void bestaandeIndienersWordenCombinaties() throws SQLException {
        try (Migratieschema db = Migratieschema.open("migratie_v21")) {
            db.migreerTot("20");
            db.voer("INSERT INTO gemeente (id, naam, cbs_code, inwonertal, raadszetels) VALUES (9001, 'Migratiestad', 'GM9001', 50000, 29)");
            db.voer("INSERT INTO gemeente (id, naam, cbs_code, inwonertal, raadszetels) VALUES (9002, 'Anderdorp', 'GM9002', 20000, 19)");
            db.voer("INSERT INTO partij (id, gemeente_id, naam, soort) VALUES (1, 9001, 'A', 'LOKAAL'), (2, 9001, 'B', 'LANDELIJK'), "
                    + "(10, 9001, 'C', 'LANDELIJK'), (3, 9002, 'D', 'LOKAAL')");
            String instrument = "INSERT INTO raadsinstrument (id, gemeente_id, soort, datum, bron) VALUES (%d, %d, 'MOTIE', DATE '2024-01-0%d', 'CSV')";
            int[][] indieners = {{1}, {2, 10}, {10, 2}, {1, 2, 10}, {1}, {3}};
            for (int i = 0; i < indieners.length; i++) {
                db.voer(instrument.formatted(100 + i, i == 5 ? 9002 : 9001, i + 1));
                for (int partij : indieners[i]) {
                    db.voer("INSERT INTO raadsinstrument_indiener (instrument_id, partij_id) VALUES (%d, %d)".formatted(100 + i, partij));
                }
            }

            db.migreerTot("21");

            assertThat(db.lijst("SELECT instrument_id || ':' || partij_id FROM raadsinstrument_indiener ORDER BY instrument_id, partij_id"))
                    .containsExactly("100:1", "101:2", "101:10", "102:2", "102:10", "103:1", "103:2", "103:10", "104:1", "105:3");
            assertThat(db.lijst("SELECT gemeente_id || '/' || sleutel FROM indienerscombinatie ORDER BY gemeente_id, sleutel"))
                    .as("numerically sorted ids, one combination per distinct set and gemeente")
                    .containsExactly("9001/1", "9001/1,2,10", "9001/2,10", "9002/3");
            assertThat(db.lijst("SELECT COUNT(DISTINCT indieners_id) FROM raadsinstrument WHERE id IN (101, 102)")).containsExactly("1");
            assertThat(db.lijst("SELECT COUNT(*) FROM raadsinstrument WHERE indieners_id IS NULL")).containsExactly("0");
            assertThat(Indienerscombinaties.sleutel(Indienerscombinaties.gesorteerd(new long[] {10, 2, 1, 2})))
                    .as("Java computes the same sleutel as the migration").isEqualTo("1,2,10");
        }
    }
}

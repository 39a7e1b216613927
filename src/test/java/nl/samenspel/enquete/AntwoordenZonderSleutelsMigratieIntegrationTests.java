package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import nl.samenspel.Migratieschema;
import nl.samenspel.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Migration V23 on a database that already holds answers: every answer survives unchanged, the report
 * aggregation reads the same counts, the table has no primary key (and on PostgreSQL no foreign key) any more,
 * the scale check still refuses an answer off the scale, and deleting responses or their meting still deletes
 * their answers (H2: the foreign key; PostgreSQL: a trigger). On H2 and, in the PostgreSQL run, in a scratch schema.
 */
@ExtendWith(TestDatabase.class)
class AntwoordenZonderSleutelsMigratieIntegrationTests {

    private static final String R1 = "11111111-1111-4111-8111-111111111111";
    private static final String R2 = "22222222-2222-4222-8222-222222222222";
    private static final String RAPPORT = "SELECT afdeling_id || '/' || vraag || '/' || waarde || ':' || COUNT(*) FROM respons_antwoord "
            + "WHERE meting_id = 7 GROUP BY afdeling_id, vraag, waarde ORDER BY afdeling_id, vraag, waarde";

    @Test
    void antwoordenBlijvenEnSleutelsVervallen() throws SQLException {
        try (Migratieschema db = Migratieschema.open("migratie_v23")) {
            db.migreerTot("22");
            db.voer("INSERT INTO gemeente (id, naam, cbs_code, inwonertal, raadszetels) VALUES (9001, 'Migratiestad', 'GM9001', 50000, 29)");
            db.voer("INSERT INTO afdeling (id, gemeente_id, code, naam) VALUES (1, 9001, 'A', 'Alfa'), (2, 9001, 'B', 'Beta')");
            db.voer("INSERT INTO meting (id, gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                    + "VALUES (7, 9001, 'MTO', DATE '2025-01-01', DATE '2025-02-01', 'GESLOTEN', 1)");
            db.voer("INSERT INTO respons (id, meting_id, afdeling_id, ingediend_op) VALUES ('%s', 7, 1, DATE '2025-01-10'), "
                    .formatted(R1) + "('%s', 7, 2, DATE '2025-01-11')".formatted(R2));
            db.voer("INSERT INTO respons_antwoord (respons_id, meting_id, afdeling_id, vraag, waarde) VALUES "
                    + "('%1$s', 7, 1, 'L1', 1), ('%1$s', 7, 1, 'L2', 5), ('%1$s', 7, 1, 'WB1', 3), ('%2$s', 7, 2, 'L1', 1), ('%2$s', 7, 2, 'L2', 2)"
                            .formatted(R1, R2));
            var rapportVoor = db.lijst(RAPPORT);

            db.migreerTot("23");

            assertThat(db.lijst("SELECT respons_id || ' ' || meting_id || ' ' || afdeling_id || ' ' || vraag || ' ' || waarde "
                    + "FROM respons_antwoord ORDER BY respons_id, vraag")).containsExactly(
                    R1 + " 7 1 L1 1", R1 + " 7 1 L2 5", R1 + " 7 1 WB1 3", R2 + " 7 2 L1 1", R2 + " 7 2 L2 2");
            assertThat(db.lijst(RAPPORT)).isEqualTo(rapportVoor).hasSize(5);
            var sleutels = db.lijst("SELECT constraint_type FROM information_schema.table_constraints "
                    + "WHERE table_schema = 'migratie_v23' AND table_name = 'respons_antwoord'");
            assertThat(sleutels).contains("CHECK").doesNotContain("PRIMARY KEY", "UNIQUE");
            if (db.postgres()) {
                assertThat(sleutels).as("PostgreSQL: no foreign key, a trigger cascades instead").doesNotContain("FOREIGN KEY");
            } else {
                assertThat(sleutels).as("H2 keeps its cascading foreign key").contains("FOREIGN KEY");
            }
            assertThat(db.lijst(db.postgres() ? "SELECT indexname FROM pg_indexes WHERE schemaname = 'migratie_v23' AND tablename = 'respons_antwoord'"
                    : "SELECT index_name FROM information_schema.indexes WHERE table_schema = 'migratie_v23' AND table_name = 'respons_antwoord'"))
                    .contains("respons_antwoord_rapport");
            assertThatThrownBy(() -> db.voer("INSERT INTO respons_antwoord (respons_id, meting_id, afdeling_id, vraag, waarde) "
                    + "VALUES ('%s', 7, 1, 'L3', 6)".formatted(R1)))
                    .as("the scale check survives the rebuild").isInstanceOf(SQLException.class);

            db.voer("DELETE FROM respons WHERE id = '%s'".formatted(R2));
            assertThat(db.lijst("SELECT DISTINCT respons_id FROM respons_antwoord")).as("deleting a response deletes its answers")
                    .containsExactly(R1);
            db.voer("DELETE FROM meting WHERE id = 7");
            assertThat(db.lijst("SELECT COUNT(*) FROM respons_antwoord")).as("deleting a meting deletes its answers too").containsExactly("0");        }
    }
}

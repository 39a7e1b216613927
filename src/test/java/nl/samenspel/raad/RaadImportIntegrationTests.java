package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspel.IntegratieTest;
import nl.samenspel.shared.ImportAfgekeurdException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports larger than one batch ({@link InstrumentSchrijver#BATCH}): on PostgreSQL the batches are written
 * by a background thread while the file is read on, so these prove that such an import is still
 * duplicate-free across batches and still all or nothing. And an import interrupted by a restart
 * does not stay BEZIG.
 */
@IntegratieTest
class RaadImportIntegrationTests {

    static final int RIJEN = InstrumentSchrijver.BATCH * 2 + 1234;

    @Autowired JdbcClient jdbc;
    @Autowired ImportService imports;
    @Autowired RegisterService register;
    @Autowired ImportTaken taken;

    Long gemeente;

    @BeforeEach
    void nieuweGemeente() {
        int nummer = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        jdbc.sql("INSERT INTO gemeente (naam, cbs_code, inwonertal, raadszetels) VALUES (?, ?, 40000, 29)")
                .params("Importstad " + nummer, "I" + nummer).update();
        gemeente = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = ?").param("I" + nummer).query(Long.class).single();
        for (String naam : new String[] {"Stadsbelang", "Volt"}) {
            register.bewaarPartij(gemeente, null, new RegisterService.PartijGegevens(naam, null, Partij.Partijsoort.LANDELIJK, null));
        }
    }

    @Test
    void aFileOfSeveralBatchesSkipsEveryRepeatedKenmerkAndASecondImportAddsNothing() {
        StringBuilder csv = new StringBuilder("datum;titel;soort;indieners;uitkomst;kenmerk\n");
        for (int i = 0; i < RIJEN; i++) {
            csv.append("2023-01-").append(10 + i % 20).append(";Motie ").append(i).append(";Motie;Stadsbelang|Volt|stadsbelang;aangenomen;K-")
                    .append(i).append('\n');
        }
        csv.append("2023-02-01;Herhaald uit de eerste batch;Motie;Volt;verworpen;K-7\n");
        var eerste = importeer(csv.toString());
        assertThat(eerste.toegevoegd()).isEqualTo(RIJEN);
        assertThat(eerste.overgeslagen()).isEqualTo(1);
        assertThat(aantal("raadsinstrument")).isEqualTo(RIJEN);
        assertThat(aantal("raadsinstrument_indiener")).as("Stadsbelang twice in one row counts once").isEqualTo(2L * RIJEN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indienerscombinatie WHERE gemeente_id = ?").param(gemeente).query(Long.class).single())
                .as("every batch shares one combination for Stadsbelang and Volt").isEqualTo(1L);

        var tweede = importeer(csv.toString());
        assertThat(tweede.toegevoegd()).isZero();
        assertThat(tweede.overgeslagen()).isEqualTo(RIJEN + 1);
        assertThat(aantal("raadsinstrument")).isEqualTo(RIJEN);
    }

    @Test
    void aBadRowAfterSeveralWrittenBatchesLeavesNothingBehind() {
        StringBuilder csv = new StringBuilder("datum;titel;soort;indieners;uitkomst;kenmerk\n");
        for (int i = 0; i < RIJEN; i++) {
            csv.append("2023-03-01;Motie ").append(i).append(";Motie;Volt;verworpen;F-").append(i).append('\n');
        }
        csv.append("2023-03-02;Laatste;Motie;Volt;gewonnen;F-laatste\n");
        assertThatThrownBy(() -> importeer(csv.toString())).isInstanceOf(ImportAfgekeurdException.class)
                .satisfies(e -> assertThat(((ImportAfgekeurdException) e).fouten()).singleElement()
                        .satisfies(f -> assertThat(f.beschrijving()).contains("Rij " + (RIJEN + 2)).contains("uitkomst")));
        assertThat(aantal("raadsinstrument")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indienerscombinatie WHERE gemeente_id = ?").param(gemeente).query(Long.class).single())
                .as("the combination rolls back with the import").isZero();
    }

    @Test
    void anImportStillBusyWhenTheApplicationStartsIsClosedWithAClearMessage() {
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, rijen, gestart_op) "
                + "VALUES (?, 'MOTIES_CSV', 'onderbroken.csv', 'BEZIG', 5000, CURRENT_TIMESTAMP)").param(gemeente).update();
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, rijen, toegevoegd, gestart_op, klaar_op) "
                + "VALUES (?, 'VRAGEN_CSV', 'klaar.csv', 'GELUKT', 3, 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").param(gemeente).update();

        taken.sluitOnderbrokenImporten();

        var perBestand = taken.recente(gemeente).stream().collect(java.util.stream.Collectors.toMap(ImportTaak::bestandsnaam, t -> t));
        ImportTaak onderbroken = perBestand.get("onderbroken.csv");
        assertThat(onderbroken.status()).isEqualTo(ImportTaak.Status.AFGEKEURD);
        assertThat(onderbroken.bezig()).isFalse();
        assertThat(onderbroken.klaarOp()).isNotNull();
        assertThat(onderbroken.fouten()).containsExactly("De import is onderbroken doordat de applicatie opnieuw is gestart; "
                + "er is niets gewijzigd. Start de import opnieuw.");
        assertThat(perBestand.get("klaar.csv").status()).isEqualTo(ImportTaak.Status.GELUKT);
        assertThat(perBestand.get("klaar.csv").fouten()).isEmpty();
    }

    private Importverwerker.Importresultaat importeer(String csv) {
        return imports.importeer(gemeente, Importformaat.MOTIES_CSV, new StringReader(csv), r -> { });
    }

    private long aantal(String tabel) {
        String sql = tabel.equals("raadsinstrument") ? "SELECT COUNT(*) FROM raadsinstrument WHERE gemeente_id = ?"
                : "SELECT COUNT(*) FROM raadsinstrument_indiener d JOIN raadsinstrument i ON i.id = d.instrument_id WHERE i.gemeente_id = ?";
        return jdbc.sql(sql).param(gemeente).query(Long.class).single();
    }
}

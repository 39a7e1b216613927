package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.samenspel.IntegratieTest;
import nl.samenspel.shared.Achtergrondimporten;
import nl.samenspel.shared.ImportAfgekeurdException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports larger than one batch ({@link InstrumentSchrijver#BATCH}): on PostgreSQL the batches are written
 * by a background thread while the file is read on, so these prove that such an import is still
 * duplicate-free across batches and still all or nothing. And an import whose instance died does not
 * stay BEZIG, while one that another instance still runs (fresh heartbeat) is left alone.
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
        Long volt = jdbc.sql("SELECT id FROM partij WHERE gemeente_id = ? AND naam = 'Volt'").param(gemeente).query(Long.class).single();
        register.verwijderPartij(gemeente, volt);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indienerscombinatie WHERE gemeente_id = ?").param(gemeente).query(Long.class).single())
                .as("the combination the failed import left unused goes with the deleted partij").isZero();
    }

    /** Combinations are created in short transactions of their own, so concurrent imports never wait for each other. */
    @Test
    void twoImportsAtOnceNeedingTheSameNewCombinationsBothSucceed() throws Exception {
        register.bewaarPartij(gemeente, null, new RegisterService.PartijGegevens("Lokaal Nu", null, Partij.Partijsoort.LOKAAL, null));
        String[] indieners = {"Volt", "Stadsbelang|Volt", "Lokaal Nu|Volt", "Lokaal Nu|Stadsbelang", "Lokaal Nu|Stadsbelang|Volt"};
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var imports = new java.util.ArrayList<java.util.concurrent.Future<Importverwerker.Importresultaat>>();
            for (String voorvoegsel : new String[] {"A-", "B-"}) {
                StringBuilder csv = new StringBuilder("datum;titel;soort;indieners;uitkomst;kenmerk\n");
                for (int i = 0; i < RIJEN; i++) {
                    int keuze = voorvoegsel.equals("A-") ? i : indieners.length - 1 - i % indieners.length;
                    csv.append("2023-05-02;Motie ").append(i).append(";Motie;").append(indieners[keuze % indieners.length])
                            .append(";aangenomen;").append(voorvoegsel).append(i).append('\n');
                }
                imports.add(pool.submit(() -> importeer(csv.toString())));
            }
            for (var uitkomst : imports) {
                assertThat(uitkomst.get(120, java.util.concurrent.TimeUnit.SECONDS).toegevoegd()).isEqualTo(RIJEN);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(aantal("raadsinstrument")).isEqualTo(2L * RIJEN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indienerscombinatie WHERE gemeente_id = ?").param(gemeente).query(Long.class).single())
                .as("one combination per distinct set").isEqualTo((long) indieners.length);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM raadsinstrument i LEFT JOIN indienerscombinatie_partij c ON c.combinatie_id = i.indieners_id "
                + "WHERE i.gemeente_id = ? AND c.partij_id IS NULL").param(gemeente).query(Long.class).single())
                .as("every instrument has its indieners").isZero();
    }

    @Test
    void anImportWhoseHeartbeatStoppedIsMarkedFailedWhileOneWithAFreshHeartbeatOnAnotherInstanceKeepsRunning() {
        String invoegen = "INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, rijen, gestart_op, bijgewerkt_op) "
                + "VALUES (?, 'MOTIES_CSV', ?, 'BEZIG', 5000, ?, ?)";
        jdbc.sql(invoegen).params(gemeente, "onderbroken.csv", nu(-600), nu(-(int) Achtergrondimporten.STIL.toSeconds() - 30)).update();
        jdbc.sql(invoegen).params(gemeente, "loopt.csv", nu(-600), nu(-5)).update();
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, rijen, toegevoegd, gestart_op, bijgewerkt_op, klaar_op) "
                + "VALUES (?, 'VRAGEN_CSV', 'klaar.csv', 'GELUKT', 3, 3, ?, ?, ?)").params(gemeente, nu(-900), nu(-800), nu(-800)).update();

        assertThat(taken.herstel()).as("the stale import of this gemeente (other tests may leave none BEZIG)").isGreaterThanOrEqualTo(1);

        var perBestand = taken.recente(gemeente).stream().collect(Collectors.toMap(ImportTaak::bestandsnaam, t -> t));
        ImportTaak onderbroken = perBestand.get("onderbroken.csv");
        assertThat(onderbroken.status()).isEqualTo(ImportTaak.Status.MISLUKT);
        assertThat(onderbroken.klaarOp()).isNotNull();
        assertThat(onderbroken.fouten()).containsExactly("De import is onderbroken doordat de applicatie opnieuw is gestart; "
                + "er is niets gewijzigd. Start de import opnieuw.");
        assertThat(perBestand.get("loopt.csv").status()).as("a running import on another instance keeps going").isEqualTo(ImportTaak.Status.BEZIG);
        assertThat(perBestand.get("loopt.csv").klaarOp()).isNull();
        assertThat(perBestand.get("klaar.csv").status()).isEqualTo(ImportTaak.Status.GELUKT);
        assertThat(perBestand.get("klaar.csv").fouten()).isEmpty();

        jdbc.sql("UPDATE raad_import SET bijgewerkt_op = ? WHERE gemeente_id = ? AND bestandsnaam = 'loopt.csv'")
                .params(nu(-(int) Achtergrondimporten.STIL.toSeconds() - 1), gemeente).update();
        assertThat(taken.taak(gemeente, perBestand.get("loopt.csv").id()).status()).as("once its heartbeat stops too, reading closes it")
                .isEqualTo(ImportTaak.Status.MISLUKT);
    }

    @Test
    void aRunningImportWritesItsHeartbeatAndProgressAndEndsWithItsOutcome() throws Exception {
        StringBuilder csv = new StringBuilder("datum;titel;soort;indieners;uitkomst;kenmerk\n");
        for (int i = 0; i < Importverwerker.VOORTGANG_ELKE + 10; i++) {
            csv.append("2023-04-01;Motie ").append(i).append(";Motie;Volt;verworpen;H-").append(i).append('\n');
        }
        Long id = taken.start(gemeente, Importformaat.MOTIES_CSV, "hartslag.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(taken.wacht(id, Duration.ofSeconds(60))).isTrue();
        ImportTaak taak = taken.taak(gemeente, id);
        assertThat(taak.status()).isEqualTo(ImportTaak.Status.GELUKT);
        assertThat(taak.totaal()).as("the lines after the header").isEqualTo(Importverwerker.VOORTGANG_ELKE + 10);
        assertThat(taak.rijen()).isEqualTo(Importverwerker.VOORTGANG_ELKE + 10);
        assertThat(taak.toegevoegd()).isEqualTo(Importverwerker.VOORTGANG_ELKE + 10);
        Timestamp hartslag = jdbc.sql("SELECT bijgewerkt_op FROM raad_import WHERE id = ?").param(id).query(Timestamp.class).single();
        assertThat(hartslag.toInstant()).isAfterOrEqualTo(taak.gestartOp());
    }

    private static Timestamp nu(int seconden) {
        return Timestamp.from(Instant.now().plus(seconden, ChronoUnit.SECONDS));
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

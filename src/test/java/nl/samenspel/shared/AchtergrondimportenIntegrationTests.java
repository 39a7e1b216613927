package nl.samenspel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The machinery under both modules' imports, on the raad_import table: heartbeat while running, a failure marked, the upload deleted. */
@IntegratieTest
class AchtergrondimportenIntegrationTests {

    static final Achtergrondimporten.Importtabel TABEL = new Achtergrondimporten.Importtabel("raad_import", "onderbroken");

    @Autowired Achtergrondimporten achtergrond;
    @Autowired JdbcClient jdbc;
    Long id;

    @BeforeEach
    void bezigeImport() {
        Long gemeente = jdbc.sql("SELECT MIN(id) FROM gemeente").query(Long.class).single();
        Timestamp lang = Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES));
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, gestart_op, bijgewerkt_op) "
                + "VALUES (?, 'VRAGEN_CSV', 'machinerie.csv', 'BEZIG', ?, ?)").params(gemeente, lang, lang).update();
        id = jdbc.sql("SELECT MAX(id) FROM raad_import WHERE bestandsnaam = 'machinerie.csv'").query(Long.class).single();
    }

    /** Another instance marked the import MISLUKT meanwhile: its work must roll back, since MISLUKT says nothing changed. */
    @Test
    void anImportNoLongerBezigAtTheEndRollsBackItsWork() {
        String naam = "Teruggedraaid " + id;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> achtergrond.metUitkomst(TABEL, id, () -> {
            jdbc.sql("UPDATE raad_import SET bestandsnaam = ? WHERE id = ?").params(naam, id).update();
            jdbc.sql("UPDATE raad_import SET status = 'MISLUKT' WHERE id = ?").param(id).update();
            return 1;
        }, r -> jdbc.sql("UPDATE raad_import SET status = 'GELUKT' WHERE id = ? AND status = 'BEZIG'").param(id).update()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT bestandsnaam FROM raad_import WHERE id = ?").param(id).query(String.class).single())
                .as("the import's own writes rolled back").isEqualTo("machinerie.csv");

        assertThat(achtergrond.metUitkomst(TABEL, id, () -> 7,
                r -> jdbc.sql("UPDATE raad_import SET status = 'GELUKT' WHERE id = ? AND status = 'BEZIG'").param(id).update()))
                .isEqualTo(7);
        assertThat(jdbc.sql("SELECT status FROM raad_import WHERE id = ?").param(id).query(String.class).single()).isEqualTo("GELUKT");
    }

    @Test
    void whileTheWorkRunsItsHeartbeatIsWrittenSoNoInstanceMarksItFailed() throws Exception {
        var begonnen = new CountDownLatch(1);
        var los = new CountDownLatch(1);
        AtomicReference<Path> pad = new AtomicReference<>();
        achtergrond.voerUit(TABEL, id, bestand(), b -> {
            pad.set(b.pad());
            begonnen.countDown();
            try {
                los.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(begonnen.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(achtergrond.wacht(TABEL, id, Duration.ofMillis(50))).as("still running").isFalse();

        achtergrond.klop();
        assertThat(hartslag()).isAfter(Instant.now().minus(Achtergrondimporten.STIL));
        achtergrond.herstel(TABEL);
        assertThat(status()).isEqualTo("BEZIG");

        los.countDown();
        assertThat(achtergrond.wacht(TABEL, id, Duration.ofSeconds(10))).isTrue();
        assertThat(Files.exists(pad.get())).as("the upload is deleted afterwards").isFalse();
        jdbc.sql("UPDATE raad_import SET status = 'GELUKT' WHERE id = ?").param(id).update();
    }

    @Test
    void workThatThrowsIsMarkedFailedAtOnceWithNothingChanged() throws Exception {
        achtergrond.voerUit(TABEL, id, bestand(), b -> {
            throw new IOException("schijf vol");
        });
        assertThat(achtergrond.wacht(TABEL, id, Duration.ofSeconds(10))).isTrue();
        assertThat(status()).isEqualTo("MISLUKT");
        assertThat(jdbc.sql("SELECT fouten FROM raad_import WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(Achtergrondimporten.NIET_VERWERKT);
    }

    @Test
    void aStaleImportIsMarkedFailedWithTheTablesMessage() {
        assertThat(achtergrond.herstel(TABEL)).isGreaterThanOrEqualTo(1);
        assertThat(status()).isEqualTo("MISLUKT");
        assertThat(jdbc.sql("SELECT fouten FROM raad_import WHERE id = ?").param(id).query(String.class).single()).isEqualTo("onderbroken");
    }

    private static Tijdelijkbestand bestand() throws IOException {
        return Tijdelijkbestand.van(new ByteArrayInputStream("datum;indieners\n".getBytes()), "machinerie-");
    }

    private String status() {
        return jdbc.sql("SELECT status FROM raad_import WHERE id = ?").param(id).query(String.class).single();
    }

    private Instant hartslag() {
        return jdbc.sql("SELECT bijgewerkt_op FROM raad_import WHERE id = ?").param(id).query(Timestamp.class).single().toInstant();
    }
}

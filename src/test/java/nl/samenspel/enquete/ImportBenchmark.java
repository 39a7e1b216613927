package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.samenspel.IntegratieTest;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark kept in the repository, not a test (its name matches no test pattern): run it by hand,
 * for example on PostgreSQL with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark -Dtest.postgres.url=...}
 * and record the output in docs/benchmarks.md. It imports 200,000 rows through the browser path
 * (temporary file, line count, background task, progress) and samples the used heap every 20 ms.
 */
@IntegratieTest
class ImportBenchmark {

    private static final int RIJEN = ResponsCsvLezer.MAX_RIJEN;

    @Autowired MetingImporten importen;
    @Autowired JdbcClient jdbc;

    @Test
    void importsTheMaximumNumberOfRowsWithFlatMemory() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("samenspel.test.database")), "only on PostgreSQL (H2 in memory holds the data in the heap)");
        Long gemeente = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = 'GM9999'").query(Long.class).single();
        jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                + "VALUES (?, 'Benchmark import', DATE '2020-01-01', DATE '2099-12-31', 'OPEN', 1)").param(gemeente).update();
        Long meting = jdbc.sql("SELECT MAX(id) FROM meting WHERE gemeente_id = ?").param(gemeente).query(Long.class).single();
        List<String> afdelingen = jdbc.sql("SELECT code FROM afdeling WHERE gemeente_id = ? ORDER BY id").param(gemeente)
                .query(String.class).list();
        for (String code : afdelingen) {
            jdbc.sql("INSERT INTO meting_afdeling (meting_id, afdeling_id, medewerkers) SELECT ?, id, 100 FROM afdeling "
                    + "WHERE gemeente_id = ? AND code = ?").params(meting, gemeente, code).update();
        }
        List<String> codes = InstrumentLezer.standaard().codes();
        Path bestand = Files.createTempFile("benchmark", ".csv");
        try (BufferedWriter schrijver = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
            schrijver.write("afdeling;" + String.join(";", codes) + ";opmerking\n");
            for (int i = 0; i < RIJEN; i++) {
                StringBuilder rij = new StringBuilder(afdelingen.get(i % afdelingen.size()));
                for (int v = 0; v < codes.size(); v++) {
                    rij.append(';').append(1 + (i * 7 + v) % 5);
                }
                schrijver.write(rij.append(';').append(i % 50 == 0 ? "Opmerking " + i : "").append('\n').toString());
            }
        }
        long grootte = Files.size(bestand);
        var door = new Sessiegebruiker(1L, gemeente, "beheerder", "Beheerder", Set.of(Rol.BEHEERDER), false);
        var geheugen = ManagementFactory.getMemoryMXBean();
        System.gc();
        long voor = geheugen.getHeapMemoryUsage().getUsed();
        AtomicLong piek = new AtomicLong(voor);
        long start = System.nanoTime();
        Long id = importen.start(door, meting, "benchmark.csv", Files.newInputStream(bestand));
        String status = "BEZIG";
        while ("BEZIG".equals(status)) {
            piek.accumulateAndGet(geheugen.getHeapMemoryUsage().getUsed(), Math::max);
            Thread.sleep(20);
            status = jdbc.sql("SELECT status FROM enquete_import WHERE id = ?").param(id).query(String.class).single();
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(bestand);
        System.out.printf("ImportBenchmark: %,d rijen (%,d bytes) in %.1f s (%,.0f rijen/s), heap voor %d MB, piek %d MB, max %d MB%n",
                RIJEN, grootte, seconden, RIJEN / seconden, voor >> 20, piek.get() >> 20,
                geheugen.getHeapMemoryUsage().getMax() >> 20);
        assertThat(status).isEqualTo("GELUKT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(meting).query(Integer.class).single()).isEqualTo(RIJEN);
        jdbc.sql("DELETE FROM meting WHERE id = ?").param(meting).update();
    }
}

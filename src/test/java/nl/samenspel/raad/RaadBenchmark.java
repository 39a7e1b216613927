package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark of issue 5, run by hand (its name matches neither *Tests nor *IntegrationTests, so no
 * build runs it): 100 gemeenten x 10,000 instruments over ten years = 1,000,000 records imported
 * from CSV files, with the peak heap sampled while importing; then the report of one raadsperiode
 * (about 4,000 instruments) timed. Results go to standard output and target/raad-benchmark.txt;
 * nothing here asserts on time. See docs/benchmarks.md for the command and the results.
 */
@IntegratieTest
class RaadBenchmark {

    static final int GEMEENTEN = Integer.getInteger("benchmark.gemeenten", 100);
    static final int PER_GEMEENTE = Integer.getInteger("benchmark.rijen", 10_000);
    static final String[] PARTIJEN = {"PvdA", "CDA", "VVD", "GroenLinks", "D66", "SP", "Stadspartij", "Volt", "PvdD", "PVV",
        "Lokaal Belang", "Seniorenpartij", "50PLUS", "ChristenUnie"};

    @Autowired JdbcClient jdbc;
    @Autowired ImportService imports;
    @Autowired RegisterService register;
    @Autowired RapportService rapporten;

    @Test
    void importsAMillionRecordsAndTimesAPeriodReport() throws Exception {
        List<Long> gemeenten = new ArrayList<>();
        for (int g = 0; g < GEMEENTEN; g++) {
            gemeenten.add(gemeente(g));
        }
        Path bestand = Files.createTempFile("raad-benchmark", ".csv");
        AtomicLong piek = new AtomicLong();
        var meter = ManagementFactory.getMemoryMXBean();
        Thread bemonsteraar = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                piek.accumulateAndGet(meter.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long totaal = 0;
        long rijen = 0;
        long bestandsgrootte = 0;
        System.gc();
        long heapVoor = meter.getHeapMemoryUsage().getUsed();
        bemonsteraar.start();
        for (int g = 0; g < gemeenten.size(); g++) {
            schrijfBestand(bestand, g);
            bestandsgrootte += Files.size(bestand);
            long start = System.nanoTime();
            try (var lezer = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                var resultaat = imports.importeer(gemeenten.get(g), Importformaat.MOTIES_CSV, lezer, r -> { });
                rijen += resultaat.toegevoegd();
            }
            totaal += System.nanoTime() - start;
        }
        bemonsteraar.interrupt();
        Files.deleteIfExists(bestand);
        assertThat(rijen).isEqualTo((long) GEMEENTEN * PER_GEMEENTE);

        Long eerste = gemeenten.get(0);
        Raadsperiode periode = register.periodes(eerste).get(1);
        List<Long> tijden = new ArrayList<>();
        Periodeoverzicht overzicht = null;
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            overzicht = rapporten.periode(eerste, periode.id());
            tijden.add((System.nanoTime() - start) / 1_000);
        }
        List<Long> warm = new ArrayList<>(tijden.subList(5, tijden.size()));
        warm.sort(Long::compare);
        int inPeriode = overzicht.vragenTotaal() + overzicht.motiesTotaal() + overzicht.amendementenTotaal();
        String uitslag = """
                Raad benchmark %s (database: %s, max heap %d MB, %d processors)
                import: %,d records (%d gemeenten x %,d, %,d MB CSV) in %.1f s = %,.0f records/s
                heap: %d MB before, peak %d MB while importing
                period report (%,d instruments in raadsperiode %s): median %.1f ms, max %.1f ms (20 warm runs)
                """.formatted(LocalDate.now(), System.getProperty("samenspel.test.database", "h2"),
                Runtime.getRuntime().maxMemory() / 1_048_576, Runtime.getRuntime().availableProcessors(), rijen, GEMEENTEN,
                PER_GEMEENTE, bestandsgrootte / 1_048_576, totaal / 1e9, rijen / (totaal / 1e9), heapVoor / 1_048_576,
                piek.get() / 1_048_576, inPeriode, periode.naam(), warm.get(warm.size() / 2) / 1000.0,
                warm.get(warm.size() - 1) / 1000.0);
        System.out.println(uitslag);
        Files.writeString(Path.of("target/raad-benchmark.txt"), uitslag);
    }

    private Long gemeente(int nummer) {
        jdbc.sql("INSERT INTO gemeente (naam, cbs_code, inwonertal, raadszetels) VALUES (?, ?, 50000, 31)")
                .params("Benchmarkstad " + nummer + " " + System.nanoTime(), "Z%05d".formatted(nummer + jdbc.sql("SELECT COUNT(*) FROM gemeente").query(Integer.class).single())).update();
        Long id = jdbc.sql("SELECT MAX(id) FROM gemeente").query(Long.class).single();
        List<Long> partijen = new ArrayList<>();
        for (String naam : PARTIJEN) {
            partijen.add(register.bewaarPartij(id, null, new RegisterService.PartijGegevens(naam, null,
                    naam.startsWith("Lokaal") || naam.startsWith("Stads") || naam.startsWith("Senioren") ? Partij.Partijsoort.LOKAAL
                            : Partij.Partijsoort.LANDELIJK, null)).id());
        }
        for (int jaar = 2014; jaar <= 2022; jaar += 4) {
            register.voegPeriodeToe(id, jaar + "-" + (jaar + 4), LocalDate.of(jaar, 4, 1), LocalDate.of(jaar + 4, 3, 31));
            register.voegCoalitieToe(id, "Coalitie " + jaar, LocalDate.of(jaar, 6, 1), partijen.subList(jaar % 3, jaar % 3 + 4));
        }
        return id;
    }

    /** 10,000 rows over ten years (2014-2023): moties, amendementen, moties vreemd, one to three indieners. */
    private static void schrijfBestand(Path bestand, int gemeente) throws IOException {
        Random toeval = new Random(gemeente);
        String[] soorten = {"Motie", "Motie", "Motie", "Amendement", "Motie vreemd"};
        String[] uitkomsten = {"aangenomen", "verworpen", "verworpen", "ingetrokken", "aangehouden", "overig"};
        LocalDate begin = LocalDate.of(2014, 4, 1);
        try (BufferedWriter uit = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
            uit.write("datum;titel;soort;indieners;uitkomst;kenmerk\n");
            for (int i = 0; i < PER_GEMEENTE; i++) {
                StringBuilder indieners = new StringBuilder(PARTIJEN[toeval.nextInt(PARTIJEN.length)]);
                for (int extra = toeval.nextInt(3); extra > 0; extra--) {
                    indieners.append('|').append(PARTIJEN[toeval.nextInt(PARTIJEN.length)]);
                }
                uit.write(begin.plusDays(toeval.nextInt(3650)) + ";Motie nummer " + i + " over een onderwerp;" + soorten[toeval.nextInt(5)]
                        + ";" + indieners + ";" + uitkomsten[toeval.nextInt(6)] + ";G" + gemeente + "-" + i + "\n");
            }
        }
    }
}

package nl.samenspel.enquete;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The comparison across 342 gemeenten with 1,000 responses each (30 answers per response: the 25
 * standard questions and 5 of the gemeente's own, which the comparison leaves out). A benchmark
 * kept in the repository, not a test: run by hand against a PostgreSQL database with the schema
 * (docs/benchmarks.md has the commands). Seeding (about 10 million answers) happens once; a second
 * run reuses it. Then: fixing the totals of one meting at closing, and the overview itself (what
 * {@link VergelijkingService#overzicht} does: latest meting per gemeente, totals, quartiles),
 * timed repeatedly; for contrast once the same figures aggregated straight from the answers.
 */
public final class EnqueteVergelijkingBenchmark {

    private static final int GEMEENTEN = 342;
    private static final int RESPONSEN = 1_000;

    private EnqueteVergelijkingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/samenspel_bench";
        var bron = new SingleConnectionDataSource(url, args.length > 1 ? args[1] : "samenspel", args.length > 2 ? args[2] : "samenspel", true);
        JdbcClient jdbc = JdbcClient.create(bron);
        ResponsOpslag opslag = new ResponsOpslag(jdbc, new JdbcTemplate(bron));
        Totalen totalen = new Totalen(jdbc);
        Instrument instrument = InstrumentLezer.standaard();

        List<Long> metingen = new ArrayList<>();
        long zaaien = System.nanoTime();
        var transactie = new TransactionTemplate(new DataSourceTransactionManager(bron));
        for (int g = 0; g < GEMEENTEN; g++) {
            int nummer = g;
            metingen.add(transactie.execute(s -> gemeente(jdbc, opslag, instrument, nummer)));
        }
        System.out.printf("seed: %d gemeenten x %d responses ready in %.0f s%n", GEMEENTEN, RESPONSEN, (System.nanoTime() - zaaien) / 1e9);
        jdbc.sql("ANALYZE").update();

        long[] vastleggen = new long[metingen.size()];
        for (int i = 0; i < metingen.size(); i++) {
            long t0 = System.nanoTime();
            totalen.legVast(metingen.get(i));
            vastleggen[i] = System.nanoTime() - t0;
        }
        Arrays.sort(vastleggen);
        System.out.printf("totals at closing, per meting of 1,000 responses: median %.1f ms, max %.1f ms (0 when already fixed)%n",
                vastleggen[vastleggen.length / 2] / 1e6, vastleggen[vastleggen.length - 1] / 1e6);

        Long eigen = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = 'GM7000'").query(Long.class).single();
        long[] overzicht = new long[25];
        Vergelijking.Uitkomst uitkomst = null;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapVoor = runtime.totalMemory() - runtime.freeMemory();
        for (int i = 0; i < overzicht.length; i++) {
            long t0 = System.nanoTime();
            uitkomst = VergelijkingService.vergelijk(totalen, totalen.laatste(), eigen);
            overzicht[i] = System.nanoTime() - t0;
        }
        System.gc();
        long heapNa = runtime.totalMemory() - runtime.freeMemory();
        long[] gemeten = Arrays.copyOfRange(overzicht, 5, overzicht.length);
        Arrays.sort(gemeten);
        System.out.printf("overview across %d gemeenten (%d counted): median %.0f ms, max %.0f ms over %d runs after 5 warm-up; "
                        + "heap in use after GC %d MB before and %d MB after the runs%n", GEMEENTEN, uitkomst.meegeteld(), gemeten[gemeten.length / 2] / 1e6,
                gemeten[gemeten.length - 1] / 1e6, gemeten.length, heapVoor >> 20, heapNa >> 20);

        long t0 = System.nanoTime();
        int rijen = jdbc.sql("SELECT m.gemeente_id, a.vraag, a.waarde, COUNT(*) FROM respons_antwoord a JOIN meting m ON m.id = a.meting_id "
                + "JOIN gemeente g ON g.id = m.gemeente_id WHERE g.cbs_code LIKE 'GM7%' GROUP BY m.gemeente_id, a.vraag, a.waarde")
                .query((rs, i) -> 1).list().size();
        System.out.printf("for contrast, the same counts straight from the answers: %.0f ms (%d rows)%n", (System.nanoTime() - t0) / 1e6, rijen);
        bron.destroy();
    }

    /** Gemeente GM7000 + g with one closed meting of 1,000 responses (created once), taking part; returns the meting id. */
    private static Long gemeente(JdbcClient jdbc, ResponsOpslag opslag, Instrument instrument, int g) {
        String cbs = "GM" + (7000 + g);
        Long bestaand = jdbc.sql("SELECT m.id FROM meting m JOIN gemeente g ON g.id = m.gemeente_id WHERE g.cbs_code = ?").param(cbs)
                .query(Long.class).optional().orElse(null);
        if (bestaand != null) {
            return bestaand;
        }
        jdbc.sql("INSERT INTO gemeente (naam, cbs_code, inwonertal, raadszetels) VALUES (?, ?, 40000, 27)").params("Benchmark " + g, cbs).update();
        Long gemeente = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = ?").param(cbs).query(Long.class).single();
        jdbc.sql("INSERT INTO afdeling (gemeente_id, code, naam) VALUES (?, 'ALG', 'Algemeen')").param(gemeente).update();
        Long afdeling = jdbc.sql("SELECT id FROM afdeling WHERE gemeente_id = ?").param(gemeente).query(Long.class).single();
        jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                + "VALUES (?, 'MTO', DATE '2026-01-05', DATE '2026-02-01', 'GESLOTEN', 1)").param(gemeente).update();
        Long meting = jdbc.sql("SELECT id FROM meting WHERE gemeente_id = ?").param(gemeente).query(Long.class).single();
        for (int e = 1; e <= 5; e++) {
            jdbc.sql("INSERT INTO meting_vraag (meting_id, code, tekst, polariteit) VALUES (?, ?, ?, 'POSITIEF')")
                    .params(meting, "E" + e, "Eigen vraag " + e).update();
        }
        jdbc.sql("INSERT INTO enquete_vergelijking_deelname (gemeente_id, sinds) VALUES (?, DATE '2026-01-01')").param(gemeente).update();
        Random toeval = new Random(g);
        double klimaat = toeval.nextGaussian() * 0.6;
        List<ResponsOpslag.NieuweRespons> responsen = new ArrayList<>(RESPONSEN);
        for (int r = 0; r < RESPONSEN; r++) {
            Map<String, Integer> antwoorden = new LinkedHashMap<>();
            for (String code : instrument.codes()) {
                antwoorden.put(code, (int) Math.max(1, Math.min(5, Math.round(2.6 + klimaat + toeval.nextGaussian()))));
            }
            for (int e = 1; e <= 5; e++) {
                antwoorden.put("E" + e, 1 + toeval.nextInt(5));
            }
            responsen.add(new ResponsOpslag.NieuweRespons(meting, afdeling, LocalDate.of(2026, 1, 20), antwoorden, null));
        }
        opslag.bewaar(responsen);
        return meting;
    }
}

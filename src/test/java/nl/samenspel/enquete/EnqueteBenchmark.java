package nl.samenspel.enquete;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A benchmark kept in the repository, not a test: run it by hand against a PostgreSQL database that
 * holds the schema and the demo gemeente (for example after the PostgreSQL run of the integration
 * tests), and record the output in docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *   nl.samenspel.enquete.EnqueteBenchmark jdbc:postgresql://127.0.0.1:5432/samenspel_enquete samenspel samenspel
 * </pre>
 *
 * Part 1, intake at the storage layer: threads each use an invitation and store a response with
 * 25 answers in its own transaction (what one submission does), and afterwards the stored count must
 * equal the acknowledged count. Part 2, report: 20,000 responses in one meting, then the SQL
 * aggregation plus the report calculation, timed repeatedly. It does not go through HTTP.
 */
public final class EnqueteBenchmark {

    private EnqueteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/samenspel_enquete";
        String gebruiker = args.length > 1 ? args[1] : "samenspel";
        String wachtwoord = args.length > 2 ? args[2] : "samenspel";
        int draden = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int intake = args.length > 4 ? Integer.parseInt(args[4]) : 4_000;

        var bron = new SingleConnectionDataSource(url, gebruiker, wachtwoord, true);
        JdbcClient jdbc = JdbcClient.create(bron);
        Long gemeente = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = 'GM9999'").query(Long.class).single();
        List<Long> afdelingen = jdbc.sql("SELECT id FROM afdeling WHERE gemeente_id = ? ORDER BY id").param(gemeente).query(Long.class).list();
        Instrument instrument = InstrumentLezer.standaard();

        // Part 1: intake, one transaction per submission, a pool of connections (one per thread).
        Long intakeMeting = meting(jdbc, gemeente, afdelingen, "Benchmark intake");
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < intake; i++) {
            hashes.add(Uitnodigingscode.hash(Uitnodigingscode.nieuw()));
        }
        new ResponsOpslag(jdbc, new JdbcTemplate(bron)).bewaarUitnodigingen(intakeMeting, null, hashes);
        AtomicInteger bevestigd = new AtomicInteger();
        long[] duur = new long[intake];
        ExecutorService pool = Executors.newFixedThreadPool(draden);
        long start = System.nanoTime();
        for (int d = 0; d < draden; d++) {
            int draad = d;
            pool.submit(() -> {
                var verbinding = new SingleConnectionDataSource(url, gebruiker, wachtwoord, true);
                ResponsOpslag opslag = new ResponsOpslag(JdbcClient.create(verbinding), new JdbcTemplate(verbinding));
                TransactionTemplate transactie = new TransactionTemplate(new DataSourceTransactionManager(verbinding));
                Random toeval = new Random(draad);
                for (int i = draad; i < hashes.size(); i += draden) {
                    String hash = hashes.get(i);
                    long t0 = System.nanoTime();
                    Boolean gelukt = transactie.execute(s -> {
                        if (!opslag.gebruik(hash)) {
                            return false;
                        }
                        opslag.bewaar(List.of(respons(instrument, intakeMeting, afdelingen.get(toeval.nextInt(afdelingen.size())), toeval)));
                        return true;
                    });
                    duur[i] = System.nanoTime() - t0;
                    if (Boolean.TRUE.equals(gelukt)) {
                        bevestigd.incrementAndGet();
                    }
                }
                verbinding.destroy();
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconden = (System.nanoTime() - start) / 1e9;
        Arrays.sort(duur);
        int opgeslagen = jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(intakeMeting).query(Integer.class).single();
        System.out.printf("intake: %d threads, %d submissions in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms; acknowledged %d, stored %d%n",
                draden, intake, seconden, intake / seconden, duur[intake / 2] / 1e6, duur[(int) (intake * 0.99)] / 1e6, bevestigd.get(), opgeslagen);

        // Part 2: an afdeling report for a gemeente with 20,000 respondents.
        Long rapportMeting = meting(jdbc, gemeente, afdelingen, "Benchmark rapport");
        ResponsOpslag opslag = new ResponsOpslag(jdbc, new JdbcTemplate(bron));
        Random toeval = new Random(7);
        for (int blok = 0; blok < 20; blok++) {
            List<ResponsOpslag.NieuweRespons> responsen = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                responsen.add(respons(instrument, rapportMeting, afdelingen.get(toeval.nextInt(afdelingen.size())), toeval));
            }
            opslag.bewaar(responsen);
        }
        jdbc.sql("ANALYZE respons_antwoord").update();
        List<Rapportberekening.Afdelingsgegevens> gegevens = afdelingen.stream()
                .map(a -> new Rapportberekening.Afdelingsgegevens(a, "Afdeling " + a, 1_500)).toList();
        Runnable rapport = () -> Rapportberekening.bereken(new Rapportberekening.Invoer(instrument, gegevens,
                opslag.respondentenPerAfdeling(rapportMeting), opslag.tellingen(rapportMeting), 5, 10,
                opslag.aantalOpmerkingen(rapportMeting), List.of(), Set.of()));
        meetRapport("straight after storing", rapport, () -> opslag.tellingen(rapportMeting));
        // What autovacuum does within a minute or so (V24: after every 100,000 new answers): mark the pages all-visible.
        jdbc.sql("VACUUM respons_antwoord, respons").update();
        meetRapport("after VACUUM", rapport, () -> opslag.tellingen(rapportMeting));
        for (Long meting : List.of(intakeMeting, rapportMeting)) {
            jdbc.sql("DELETE FROM meting WHERE id = ?").param(meting).update();
        }
    }

    /** 20 runs of the whole report and, separately, of its answer counts in SQL; medians and the maximum. */
    private static void meetRapport(String wanneer, Runnable rapport, Runnable tellingen) {
        long[] heel = new long[20];
        long[] tellen = new long[heel.length];
        for (int i = 0; i < heel.length; i++) {
            long t0 = System.nanoTime();
            rapport.run();
            heel[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            tellingen.run();
            tellen[i] = System.nanoTime() - t0;
        }
        Arrays.sort(heel);
        Arrays.sort(tellen);
        System.out.printf("report, 20,000 respondents x 25 answers, %s: median %.0f ms (the answer counts in SQL alone: median %.0f ms), "
                + "max %.0f ms over %d runs%n", wanneer, heel[heel.length / 2] / 1e6, tellen[tellen.length / 2] / 1e6,
                heel[heel.length - 1] / 1e6, heel.length);
    }

    private static Long meting(JdbcClient jdbc, Long gemeente, List<Long> afdelingen, String titel) {
        jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                + "VALUES (?, ?, CURRENT_DATE, CURRENT_DATE, 'OPEN', 1)").params(gemeente, titel).update();
        Long id = jdbc.sql("SELECT MAX(id) FROM meting WHERE titel = ?").param(titel).query(Long.class).single();
        afdelingen.forEach(a -> jdbc.sql("INSERT INTO meting_afdeling (meting_id, afdeling_id, medewerkers) VALUES (?, ?, 1500)")
                .params(id, a).update());
        return id;
    }

    private static ResponsOpslag.NieuweRespons respons(Instrument instrument, Long meting, Long afdeling, Random toeval) {
        Map<String, Integer> antwoorden = new LinkedHashMap<>();
        instrument.codes().forEach(c -> antwoorden.put(c, 1 + toeval.nextInt(5)));
        return new ResponsOpslag.NieuweRespons(meting, afdeling, LocalDate.now(), antwoorden, null);
    }
}

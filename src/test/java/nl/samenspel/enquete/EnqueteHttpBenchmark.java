package nl.samenspel.enquete;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Intake through HTTP, as respondents do it: concurrent clients each POST /api/v1/responsen with
 * their own invitation code and 30 answers, and afterwards the stored count must equal the
 * acknowledged (201) count. A benchmark kept in the repository, not a test; run by hand against a
 * running application on PostgreSQL (docs/benchmarks.md has the exact commands):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) nl.samenspel.enquete.EnqueteHttpBenchmark \
 *   http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/samenspel_bench samenspel samenspel 200 30000
 * </pre>
 *
 * The first tenth of the submissions warms the server up and is not timed. A seventh argument sets an
 * offered rate per second (open loop): submissions are sent on schedule and latency counts from the
 * planned send time, so a backlog is not hidden. It also prints the CPU time per submission of the server,
 * PostgreSQL and itself ({@link Processortijd}), which does not depend on how busy the machine is.
 */
public final class EnqueteHttpBenchmark {

    private EnqueteHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String basis = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/samenspel_bench";
        String gebruiker = args.length > 2 ? args[2] : "samenspel";
        String wachtwoord = args.length > 3 ? args[3] : "samenspel";
        int klanten = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int aantal = args.length > 5 ? Integer.parseInt(args[5]) : 30_000;
        // 0: closed loop (each client sends its next submission as soon as the previous is answered);
        // otherwise an offered rate per second over all clients, latency measured from the planned send time.
        double tempo = args.length > 6 ? Double.parseDouble(args[6]) : 0;

        var bron = new SingleConnectionDataSource(url, gebruiker, wachtwoord, true);
        JdbcClient jdbc = JdbcClient.create(bron);
        Long gemeente = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = 'GM9999'").query(Long.class).single();
        List<Long> afdelingen = jdbc.sql("SELECT id FROM afdeling WHERE gemeente_id = ? ORDER BY id").param(gemeente).query(Long.class).list();
        jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                + "VALUES (?, 'Benchmark HTTP', DATE '2020-01-01', DATE '2099-12-31', 'OPEN', 1)").param(gemeente).update();
        Long meting = jdbc.sql("SELECT MAX(id) FROM meting WHERE titel = 'Benchmark HTTP'").query(Long.class).single();
        afdelingen.forEach(a -> jdbc.sql("INSERT INTO meting_afdeling (meting_id, afdeling_id, medewerkers) VALUES (?, ?, 5000)")
                .params(meting, a).update());
        // 25 standard questions plus 5 of the gemeente's own: 30 answers per response, as issue 4 measures.
        for (int e = 1; e <= 5; e++) {
            jdbc.sql("INSERT INTO meting_vraag (meting_id, code, tekst, polariteit) VALUES (?, ?, ?, 'POSITIEF')")
                    .params(meting, "E" + e, "Eigen vraag " + e).update();
        }
        int opwarmen = aantal / 10;
        List<String> codes = new ArrayList<>(opwarmen + aantal);
        for (int i = 0; i < opwarmen + aantal; i++) {
            codes.add(Uitnodigingscode.nieuw());
        }
        new ResponsOpslag(jdbc, new JdbcTemplate(bron)).bewaarUitnodigingen(meting, null,
                codes.stream().map(Uitnodigingscode::hash).toList());
        List<String> vragen = new ArrayList<>(InstrumentLezer.standaard().codes());
        List.of("E1", "E2", "E3", "E4", "E5").forEach(vragen::add);
        URI server = URI.create(basis);
        int poort = server.getPort();
        // One continuous run: the same clients and connections go on from the warm-up into the timed part, so the
        // figures do not include 200 clients connecting at once. The snapshots are taken when submission
        // number `opwarmen` is sent and after the last answer.
        long[][] walVoor = new long[1][];
        Processortijd[] voor = new Processortijd[1];
        long[] grens = new long[1];
        Meting gemeten = voerUit(server, codes, klanten, afdelingen, vragen, tempo, opwarmen, () -> {
            walVoor[0] = wal(jdbc);
            voor[0] = Processortijd.nu(poort);
            grens[0] = System.nanoTime();
        });
        Processortijd gebruikt = Processortijd.nu(poort).sinds(voor[0]);
        long[] walNa = wal(jdbc);
        double seconden = (gemeten.einde - grens[0]) / 1e9;
        int opgeslagen = jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(meting).query(Integer.class).single();
        long[] duur = Arrays.copyOfRange(gemeten.duur, opwarmen, codes.size());
        if (tempo > 0) {
            System.out.println("p99 in ms per 5 s of planned send time (shows when a slow spell happened): " + p99PerVijfSeconden(duur, tempo));
        }
        Arrays.sort(duur);
        System.out.printf(tempo > 0 ? "offered %.0f/s; ".formatted(tempo) : "closed loop; ");
        System.out.printf("HTTP intake: %d clients, %d submissions after %d to warm up, in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms; other answers than 201: %s; stored %d = acknowledged %d: %s%n",
                klanten, aantal, opwarmen, seconden, aantal / seconden, duur[aantal / 2] / 1e6, duur[(int) (aantal * 0.99)] / 1e6,
                duur[aantal - 1] / 1e6, gemeten.anders, opgeslagen, gemeten.bevestigd, opgeslagen == gemeten.bevestigd);
        System.out.println(gebruikt.perInzending(aantal) + " (on this machine, from /proc)");
        System.out.printf("WAL per submission: %.1f records, %.2f full-page images, %.1f kB%n", (walNa[0] - walVoor[0][0]) / (double) aantal,
                (walNa[1] - walVoor[0][1]) / (double) aantal, (walNa[2] - walVoor[0][2]) / 1024.0 / aantal);
        jdbc.sql("DELETE FROM meting WHERE id = ?").param(meting).update();
        // Clean up now rather than let autovacuum do it during the next run.
        jdbc.sql("VACUUM (ANALYZE) respons_antwoord, respons, uitnodiging").update();
        bron.destroy();
    }

    private static List<Long> p99PerVijfSeconden(long[] duur, double tempo) {
        int venster = (int) Math.max(1, tempo * 5);
        List<Long> p99 = new ArrayList<>();
        for (int van = 0; van < duur.length; van += venster) {
            long[] deel = Arrays.copyOfRange(duur, van, Math.min(duur.length, van + venster));
            Arrays.sort(deel);
            p99.add(Math.round(deel[(int) (deel.length * 0.99)] / 1e6));
        }
        return p99;
    }

    /** PostgreSQL's WAL counters (records, full-page images, bytes) for the whole cluster. */
    private static long[] wal(JdbcClient jdbc) {
        return jdbc.sql("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    private record Meting(long einde, long[] duur, int bevestigd, ConcurrentHashMap<Integer, AtomicInteger> anders) {
    }

    private static Meting voerUit(URI server, List<String> codes, int klanten, List<Long> afdelingen,
            List<String> vragen, double tempo, int grens, Runnable bijGrens) throws InterruptedException {
        long[] duur = new long[codes.size()];
        AtomicInteger bevestigd = new AtomicInteger();
        ConcurrentHashMap<Integer, AtomicInteger> anders = new ConcurrentHashMap<>();
        CountDownLatch klaar = new CountDownLatch(klanten);
        long start = System.nanoTime();
        for (int k = 0; k < klanten; k++) {
            int klant = k;
            Thread draad = new Thread(() -> {
                Random toeval = new Random(klant);
                KaleHttpVerbinding verbinding = new KaleHttpVerbinding(server, "/api/v1/responsen");
                for (int i = klant; i < codes.size(); i += klanten) {
                    String lichaam = inzending(codes.get(i), afdelingen.get(toeval.nextInt(afdelingen.size())), vragen, toeval);
                    long t0 = System.nanoTime();
                    if (tempo > 0) {
                        long gepland = start + (long) (i * 1e9 / tempo);
                        long wachten = gepland - t0;
                        if (wachten > 0) {
                            try {
                                Thread.sleep(wachten / 1_000_000, (int) (wachten % 1_000_000));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        t0 = gepland;
                    }
                    if (i == grens) {
                        bijGrens.run();
                    }
                    int status;
                    try {
                        status = verbinding.post(lichaam);
                    } catch (Exception e) {
                        verbinding.close();
                        status = -1;
                    }
                    duur[i] = System.nanoTime() - t0;
                    if (status == 201) {
                        bevestigd.incrementAndGet();
                    } else {
                        anders.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
                verbinding.close();
                klaar.countDown();
            });
            draad.start();
        }
        klaar.await();
        return new Meting(System.nanoTime(), duur, bevestigd.get(), anders);
    }

    private static String inzending(String code, Long afdeling, List<String> vragen, Random toeval) {
        StringBuilder json = new StringBuilder("{\"code\":\"").append(code).append("\",\"afdelingId\":").append(afdeling)
                .append(",\"antwoorden\":{");
        for (int i = 0; i < vragen.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(vragen.get(i)).append("\":").append(1 + toeval.nextInt(5));
        }
        return json.append("}}").toString();
    }
}

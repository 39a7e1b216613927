package nl.samenspel.enquete;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        Meting opwarming = voerUit(http, basis, codes.subList(0, opwarmen), klanten, afdelingen, vragen, tempo);
        System.out.printf("warm-up: %d submissions, %.0f/s%n", opwarmen, opwarmen / opwarming.seconden);
        int poort = URI.create(basis).getPort();
        Processortijd voor = Processortijd.nu(poort);
        Meting meting1 = voerUit(http, basis, codes.subList(opwarmen, codes.size()), klanten, afdelingen, vragen, tempo);
        Processortijd gebruikt = Processortijd.nu(poort).sinds(voor);
        int opgeslagen = jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(meting).query(Integer.class).single();
        long[] duur = meting1.duur;
        Arrays.sort(duur);
        System.out.printf(tempo > 0 ? "offered %.0f/s; ".formatted(tempo) : "closed loop; ");
        System.out.printf("HTTP intake: %d clients, %d submissions in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "acknowledged %d (+%d warm-up), other answers %s; stored %d = acknowledged %d: %s%n",
                klanten, aantal, meting1.seconden, aantal / meting1.seconden, duur[aantal / 2] / 1e6, duur[(int) (aantal * 0.99)] / 1e6,
                duur[aantal - 1] / 1e6, meting1.bevestigd, opwarming.bevestigd, meting1.anders, opgeslagen,
                meting1.bevestigd + opwarming.bevestigd, opgeslagen == meting1.bevestigd + opwarming.bevestigd);
        System.out.println(gebruikt.perInzending(aantal) + " (on this machine, from /proc)");
        jdbc.sql("DELETE FROM meting WHERE id = ?").param(meting).update();
        bron.destroy();
    }

    private record Meting(double seconden, long[] duur, int bevestigd, ConcurrentHashMap<Integer, AtomicInteger> anders) {
    }

    private static Meting voerUit(HttpClient http, String basis, List<String> codes, int klanten, List<Long> afdelingen,
            List<String> vragen, double tempo) throws InterruptedException {
        long[] duur = new long[codes.size()];
        AtomicInteger bevestigd = new AtomicInteger();
        ConcurrentHashMap<Integer, AtomicInteger> anders = new ConcurrentHashMap<>();
        CountDownLatch klaar = new CountDownLatch(klanten);
        long start = System.nanoTime();
        for (int k = 0; k < klanten; k++) {
            int klant = k;
            Thread draad = new Thread(() -> {
                Random toeval = new Random(klant);
                for (int i = klant; i < codes.size(); i += klanten) {
                    String lichaam = inzending(codes.get(i), afdelingen.get(toeval.nextInt(afdelingen.size())), vragen, toeval);
                    HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/api/v1/responsen"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(lichaam)).build();
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
                    int status;
                    try {
                        status = http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    duur[i] = System.nanoTime() - t0;
                    if (status == 201) {
                        bevestigd.incrementAndGet();
                    } else {
                        anders.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
                klaar.countDown();
            });
            draad.start();
        }
        klaar.await();
        return new Meting((System.nanoTime() - start) / 1e9, duur, bevestigd.get(), anders);
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

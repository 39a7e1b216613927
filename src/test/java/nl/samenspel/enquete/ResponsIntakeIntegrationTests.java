package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Group commit under concurrency: every acknowledged response is stored, every code works once, a bad submission hurts no other. */
@IntegratieTest
class ResponsIntakeIntegrationTests {

    private static final List<String> CODES = InstrumentLezer.standaard().codes();

    @Autowired ResponsIntake intake;
    @Autowired ResponsOpslag opslag;
    @Autowired JdbcClient jdbc;
    @Autowired MetingService metingen;
    @Autowired PlatformTransactionManager transacties;

    private Long gemeente() {
        return jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = 'GM9999'").query(Long.class).single();
    }

    private Long afdeling(String naam) {
        return jdbc.sql("SELECT id FROM afdeling WHERE gemeente_id = ? AND naam = ?").params(gemeente(), naam).query(Long.class).single();
    }

    private Long meting(String titel, String status, Long... afdelingen) {
        jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) VALUES (?, ?, DATE '2020-01-01', DATE '2099-12-31', ?, 1)")
                .params(gemeente(), titel, status).update();
        Long id = jdbc.sql("SELECT MAX(id) FROM meting WHERE titel = ?").param(titel).query(Long.class).single();
        for (Long afdeling : afdelingen) {
            jdbc.sql("INSERT INTO meting_afdeling (meting_id, afdeling_id, medewerkers) VALUES (?, ?, 400)").params(id, afdeling).update();
        }
        return id;
    }

    private List<String> uitnodigingen(Long meting, Long afdeling, int aantal) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            codes.add(Uitnodigingscode.nieuw());
        }
        opslag.bewaarUitnodigingen(meting, afdeling, codes.stream().map(Uitnodigingscode::hash).toList());
        return codes;
    }

    private static Map<String, Integer> antwoorden(int waarde) {
        Map<String, Integer> antwoorden = new HashMap<>();
        CODES.forEach(c -> antwoorden.put(c, waarde));
        return antwoorden;
    }

    private ResponsIntake.Inzending inzending(String code, Long afdeling, Map<String, Integer> antwoorden) {
        return new ResponsIntake.Inzending(Uitnodigingscode.hash(code), afdeling, antwoorden, null);
    }

    private int opgeslagen(Long meting) {
        return jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(meting).query(Integer.class).single();
    }

    /** With its own intake of this many writers (the application's default is one), started and stopped around the submissions. */
    private List<ResponsIntake.Uitkomst> tegelijk(int schrijvers, List<ResponsIntake.Inzending> inzendingen) throws Exception {
        ResponsIntake eigen = new ResponsIntake(opslag, metingen, transacties, schrijvers);
        eigen.start();
        try {
            return tegelijk(eigen, inzendingen);
        } finally {
            eigen.stop();
        }
    }

    private static List<ResponsIntake.Uitkomst> tegelijk(ResponsIntake via, List<ResponsIntake.Inzending> inzendingen) throws Exception {
        ExecutorService klanten = Executors.newFixedThreadPool(48);
        try {
            List<Future<ResponsIntake.Uitkomst>> wachtend = new ArrayList<>();
            for (ResponsIntake.Inzending inzending : inzendingen) {
                wachtend.add(klanten.submit((Callable<ResponsIntake.Uitkomst>) () -> via.dienIn(inzending)));
            }
            List<ResponsIntake.Uitkomst> uitkomsten = new ArrayList<>();
            for (Future<ResponsIntake.Uitkomst> uitkomst : wachtend) {
                uitkomsten.add(uitkomst.get());
            }
            return uitkomsten;
        } finally {
            klanten.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0} writer(s)")
    @ValueSource(ints = {1, 3})
    void concurrentSubmissionsAreStoredExactlyWhenAcknowledgedAndBadOnesDoNotSinkTheirBatch(int schrijvers) throws Exception {
        Long wonen = afdeling("Wonen");
        Long meting = meting("Intake gelijktijdig", "OPEN", wonen, afdeling("Financiën"));
        List<String> codes = uitnodigingen(meting, null, 400);
        List<ResponsIntake.Inzending> inzendingen = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Map<String, Integer> antwoorden = antwoorden(1 + i % 5);
            if (i % 40 == 0) {
                antwoorden.put("L1", 9); // off the scale: refused, the code stays usable
            }
            inzendingen.add(inzending(codes.get(i), wonen, antwoorden));
            if (i % 50 == 1) {
                inzendingen.add(inzending(codes.get(i), wonen, antwoorden(2))); // the same code again, maybe in the same batch
            }
        }
        inzendingen.add(inzending("ABCD-EFGH-JKLM-NPQR", wonen, antwoorden(3)));

        List<ResponsIntake.Uitkomst> uitkomsten = tegelijk(schrijvers, inzendingen);

        long ontvangen = uitkomsten.stream().filter(ResponsIntake.Ontvangen.class::isInstance).count();
        long afgekeurd = uitkomsten.stream().filter(ResponsIntake.Afgekeurd.class::isInstance).count();
        long onbekend = uitkomsten.stream().filter(ResponsIntake.OnbekendeCode.class::isInstance).count();
        assertThat(afgekeurd).isEqualTo(10);
        assertThat(ontvangen).isEqualTo(390);
        assertThat(onbekend).isEqualTo(8 + 1);
        assertThat(opgeslagen(meting)).isEqualTo((int) ontvangen);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons_antwoord WHERE meting_id = ?").param(meting).query(Integer.class).single())
                .isEqualTo(390 * CODES.size());
        assertThat(opslag.openUitnodigingen(meting)).isEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT respons_id, vraag FROM respons_antwoord WHERE meting_id = ? "
                + "GROUP BY respons_id, vraag HAVING COUNT(*) > 1) dubbel").param(meting).query(Integer.class).single())
                .as("no question answered twice for one response (the table has no primary key since V23)").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons_antwoord a WHERE a.meting_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM respons r WHERE r.id = a.respons_id AND r.meting_id = a.meting_id AND r.afdeling_id = a.afdeling_id)")
                .param(meting).query(Integer.class).single()).as("every answer belongs to a stored response of its meting and afdeling").isZero();
    }

    @ParameterizedTest(name = "{0} writer(s)")
    @ValueSource(ints = {1, 3})
    void oneCodeSubmittedByManyAtOnceIsStoredOnce(int schrijvers) throws Exception {
        Long wonen = afdeling("Wonen");
        Long meting = meting("Intake dubbel", "OPEN", wonen);
        String code = uitnodigingen(meting, wonen, 1).get(0);
        List<ResponsIntake.Inzending> inzendingen = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            inzendingen.add(inzending(code, null, antwoorden(1 + i % 5)));
        }

        List<ResponsIntake.Uitkomst> uitkomsten = tegelijk(schrijvers, inzendingen);

        assertThat(uitkomsten).filteredOn(ResponsIntake.Ontvangen.class::isInstance).hasSize(1);
        assertThat(uitkomsten).filteredOn(ResponsIntake.OnbekendeCode.class::isInstance).hasSize(29);
        assertThat(opgeslagen(meting)).isEqualTo(1);
    }

    @Test
    void aClosedMetingTakesNothingAndKeepsTheInvitation() {
        Long wonen = afdeling("Wonen");
        Long meting = meting("Intake gesloten", "GESLOTEN", wonen);
        String code = uitnodigingen(meting, wonen, 1).get(0);

        assertThat(intake.dienIn(inzending(code, null, antwoorden(2)))).isInstanceOf(ResponsIntake.NietOpen.class);
        assertThat(opgeslagen(meting)).isZero();
        assertThat(opslag.openUitnodigingen(meting)).isEqualTo(1);
    }

    @Test
    void anAfdelingOutsideTheMetingIsRefusedWithTheField() {
        Long meting = meting("Intake afdeling", "OPEN", afdeling("Wonen"));
        String code = uitnodigingen(meting, null, 1).get(0);

        ResponsIntake.Uitkomst uitkomst = intake.dienIn(inzending(code, afdeling("Financiën"), antwoorden(2)));

        assertThat(uitkomst).isInstanceOfSatisfying(ResponsIntake.Afgekeurd.class,
                a -> assertThat(a.fouten()).extracting(Invulregels.Fout::veld).containsExactly("afdelingId"));
        assertThat(opgeslagen(meting)).isZero();
    }

    @Test
    void aCommentWithQuotesCommasAndLineBreaksIsStoredExactly() {
        Long wonen = afdeling("Wonen");
        Long meting = meting("Intake opmerking", "OPEN", wonen);
        String code = uitnodigingen(meting, wonen, 1).get(0);
        String opmerking = "Zeg \"nee\", of niet;\n'ok' \\N , \"\"";

        assertThat(intake.dienIn(new ResponsIntake.Inzending(Uitnodigingscode.hash(code), null, antwoorden(4), opmerking)))
                .isInstanceOf(ResponsIntake.Ontvangen.class);

        assertThat(jdbc.sql("SELECT opmerking FROM respons WHERE meting_id = ?").param(meting).query(String.class).single()).isEqualTo(opmerking);
    }
}

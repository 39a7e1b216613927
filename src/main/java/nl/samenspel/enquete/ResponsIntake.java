package nl.samenspel.enquete;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import nl.samenspel.shared.TeDrukException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for submitted responses. Request threads put their submission in a queue and wait;
 * a writer (one by default; more let the database use more cores, but a second measured slower on two cores)
 * takes whatever has queued up (one submission when it is quiet, hundreds under load)
 * and handles it in a single transaction: look up the invitations, lock the metingen, check the
 * answers, use the invitations up, store the responses. Only after the commit does each waiting
 * request hear its outcome, so every acknowledged response is stored. When a batch fails as a
 * whole, its submissions are retried one by one so one bad submission cannot sink the others.
 */
@Component
class ResponsIntake implements SmartLifecycle {

    /** One submission as the respondent sent it; the code only as its hash. */
    record Inzending(String codeHash, Long gekozenAfdeling, Map<String, Integer> antwoorden, String opmerking) {
    }

    sealed interface Uitkomst {
    }

    record Ontvangen() implements Uitkomst {
    }

    record Afgekeurd(List<Invulregels.Fout> fouten) implements Uitkomst {
    }

    /** No such invitation: never issued, already used, or used by a submission earlier in the same batch. */
    record OnbekendeCode() implements Uitkomst {
    }

    record NietOpen() implements Uitkomst {
    }

    private record Wachtend(Inzending inzending, CompletableFuture<Uitkomst> uitkomst) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ResponsIntake.class);
    static final int MAX_PER_TRANSACTIE = 250;
    private static final int MAX_WACHTRIJ = 20_000;
    private static final Duration WACHTTIJD = Duration.ofSeconds(30);

    private static final SecureRandom TOEVAL = new SecureRandom();

    private final BlockingQueue<Wachtend> wachtrij = new LinkedBlockingQueue<>(MAX_WACHTRIJ);
    private final ResponsOpslag opslag;
    private final MetingService metingen;
    private final TransactionTemplate transactie;
    private final int aantalSchrijvers;
    private final List<Thread> schrijvers = new ArrayList<>();
    private volatile boolean actief;

    ResponsIntake(ResponsOpslag opslag, MetingService metingen, PlatformTransactionManager transacties,
            @Value("${samenspel.enquete.intake.schrijvers:1}") int aantalSchrijvers) {
        this.aantalSchrijvers = Math.max(1, aantalSchrijvers);
        this.opslag = opslag;
        this.metingen = metingen;
        this.transactie = new TransactionTemplate(transacties);
    }

    /** Waits until the submission is committed or refused. */
    Uitkomst dienIn(Inzending inzending) {
        if (!actief) {
            throw teDruk();
        }
        Wachtend wachtend = new Wachtend(inzending, new CompletableFuture<>());
        try {
            if (!wachtrij.offer(wachtend, 1, TimeUnit.SECONDS)) {
                throw teDruk();
            }
            if (!actief && wachtrij.remove(wachtend)) {
                throw teDruk(); // stopped between the check and the offer: no writer will take it
            }
            try {
                return wachtend.uitkomst().get(WACHTTIJD.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (wachtrij.remove(wachtend)) {
                    throw teDruk(); // still queued and now withdrawn: truly not stored
                }
                // A writer has it: its batch ends within seconds, so wait for the true outcome.
                return wachtend.uitkomst().get(WACHTTIJD.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw onbekend();
        } catch (TimeoutException e) {
            throw onbekend();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException fout ? fout : new IllegalStateException(e.getCause());
        }
    }

    private static TeDrukException onbekend() {
        return new TeDrukException("Het opslaan duurt langer dan verwacht. Uw antwoorden zijn mogelijk al opgeslagen: "
                + "meldt de enquête bij opnieuw versturen dat uw code al gebruikt is, dan zijn ze goed aangekomen.");
    }

    private static TeDrukException teDruk() {
        return new TeDrukException("De enquête is op dit moment erg druk. Uw antwoorden zijn niet opgeslagen; probeer het over een minuut opnieuw.");
    }

    private void schrijf() {
        List<Wachtend> bundel = new ArrayList<>(MAX_PER_TRANSACTIE);
        while (actief || !wachtrij.isEmpty()) {
            try {
                Wachtend eerste = wachtrij.poll(200, TimeUnit.MILLISECONDS);
                if (eerste == null) {
                    continue;
                }
                bundel.add(eerste);
                wachtrij.drainTo(bundel, MAX_PER_TRANSACTIE - 1);
                verwerk(bundel);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable fout) {
                // Even an Error must not leave requests waiting or end this writer.
                LOG.error("Intake van responsen mislukt", fout);
                bundel.forEach(w -> w.uitkomst().completeExceptionally(fout));
            } finally {
                bundel.clear();
            }
        }
    }

    private void verwerk(List<Wachtend> bundel) {
        try {
            Map<Wachtend, Uitkomst> uitkomsten = transactie.execute(status -> verwerkInTransactie(bundel));
            uitkomsten.forEach((wachtend, uitkomst) -> wachtend.uitkomst().complete(uitkomst));
        } catch (RuntimeException fout) {
            if (bundel.size() == 1) {
                bundel.get(0).uitkomst().completeExceptionally(fout);
                return;
            }
            LOG.warn("Bundel van {} responsen mislukt ({}); nu een voor een", bundel.size(), fout.getClass().getSimpleName());
            bundel.forEach(w -> verwerk(new ArrayList<>(List.of(w))));
        }
    }

    private Map<Wachtend, Uitkomst> verwerkInTransactie(List<Wachtend> bundel) {
        Map<Wachtend, Uitkomst> uitkomsten = new IdentityHashMap<>();
        Map<String, ResponsOpslag.Uitnodiging> uitnodigingen = opslag.uitnodigingen(
                bundel.stream().map(w -> w.inzending().codeHash()).collect(Collectors.toSet()));
        Set<Long> metingIds = new TreeSet<>();
        uitnodigingen.values().forEach(u -> metingIds.add(u.metingId()));
        Map<Long, Meting> perId = new HashMap<>();
        Map<Long, Instrument> instrumenten = new HashMap<>();
        Map<Long, Set<Long>> afdelingenPerMeting = new HashMap<>();
        for (Long id : metingIds) {
            opslag.vergrendel(id);
            Meting meting = metingen.meting(id);
            perId.put(id, meting);
            instrumenten.put(id, meting.instrument());
            afdelingenPerMeting.put(id, meting.afdelingen().stream().map(Meting.MetingAfdeling::afdelingId).collect(Collectors.toSet()));
        }
        List<Wachtend> geldig = new ArrayList<>();
        List<ResponsOpslag.NieuweRespons> responsen = new ArrayList<>();
        // In hash order, so two writers that delete the same invitations lock them in the same order (no deadlock).
        List<Wachtend> opVolgorde = new ArrayList<>(bundel);
        opVolgorde.sort(Comparator.comparing(w -> w.inzending().codeHash()));
        for (Wachtend wachtend : opVolgorde) {
            Inzending inzending = wachtend.inzending();
            ResponsOpslag.Uitnodiging uitnodiging = uitnodigingen.get(inzending.codeHash());
            if (uitnodiging == null) {
                uitkomsten.put(wachtend, new OnbekendeCode());
                continue;
            }
            Meting meting = perId.get(uitnodiging.metingId());
            if (!meting.ontvangtResponsen(metingen.vandaag())) {
                uitkomsten.put(wachtend, new NietOpen());
                continue;
            }
            Instrument instrument = instrumenten.get(meting.id());
            List<Invulregels.Fout> fouten = Invulregels.controleer(instrument, afdelingenPerMeting.get(meting.id()), uitnodiging.afdelingId(),
                    inzending.gekozenAfdeling(), inzending.antwoorden(), inzending.opmerking());
            if (!fouten.isEmpty()) {
                uitkomsten.put(wachtend, new Afgekeurd(fouten));
                continue;
            }
            geldig.add(wachtend);
            Long afdeling = uitnodiging.afdelingId() != null ? uitnodiging.afdelingId() : inzending.gekozenAfdeling();
            responsen.add(new ResponsOpslag.NieuweRespons(meting.id(), afdeling, metingen.vandaag(),
                    Invulregels.antwoorden(instrument, inzending.antwoorden()), Invulregels.opmerking(inzending.opmerking())));
        }
        if (geldig.isEmpty()) {
            return uitkomsten;
        }
        boolean[] gebruikt = opslag.gebruik(geldig.stream().map(w -> w.inzending().codeHash()).toList());
        List<ResponsOpslag.NieuweRespons> bewaren = new ArrayList<>();
        for (int i = 0; i < geldig.size(); i++) {
            if (gebruikt[i]) {
                bewaren.add(responsen.get(i));
                uitkomsten.put(geldig.get(i), new Ontvangen());
            } else {
                uitkomsten.put(geldig.get(i), new OnbekendeCode());
            }
        }
        // Shuffled, so the storage order within a batch does not follow the order of the invitations used.
        Collections.shuffle(bewaren, TOEVAL);
        opslag.bewaar(bewaren);
        return uitkomsten;
    }

    @Override
    public void start() {
        actief = true;
        for (int i = 1; i <= aantalSchrijvers; i++) {
            Thread schrijver = new Thread(this::schrijf, "respons-intake-" + i);
            schrijver.setDaemon(true);
            schrijver.start();
            schrijvers.add(schrijver);
        }
    }

    /** Stops taking submissions, writes what is queued, then ends the writer. */
    @Override
    public void stop() {
        actief = false;
        for (Thread draad : schrijvers) {
            try {
                draad.join(WACHTTIJD.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        schrijvers.clear();
    }

    /** Starts before and stops after the web server, so no request finds the writer gone. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return actief;
    }
}

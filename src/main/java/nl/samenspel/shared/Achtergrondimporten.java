package nl.samenspel.shared;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports that run in the background, each with a row in its module's table (id, status, rijen, fouten,
 * bijgewerkt_op, klaar_op), so that every app instance sees them. While an import runs, the instance that runs it
 * writes its heartbeat (bijgewerkt_op) every {@link #HARTSLAG} and with its progress, each in a small transaction of
 * its own. An import runs in one transaction: when its instance dies, the database rolls it back and the heartbeat
 * stops. {@link #herstel} marks a BEZIG row whose heartbeat stopped for {@link #STIL} as MISLUKT, so a restart of one
 * instance never fails an import that another instance is still running.
 */
@Component
public class Achtergrondimporten implements DisposableBean {

    public static final Duration STIL = Duration.ofMinutes(2);
    static final Duration HARTSLAG = Duration.ofSeconds(30);
    static final String NIET_VERWERKT = "De import kon niet worden verwerkt; er is niets gewijzigd. Probeer het later opnieuw.";
    private static final Logger LOG = LoggerFactory.getLogger(Achtergrondimporten.class);

    /** A module's import table and the message for an import that died with its instance. */
    public record Importtabel(String naam, String onderbroken) {
    }

    /** What runs in the background; it writes the outcome to its row. */
    @FunctionalInterface
    public interface Werk {
        void voerUit(Tijdelijkbestand bestand) throws IOException;
    }

    private record Lopend(String tabel, long id) {
    }

    private final JdbcClient jdbc;
    private final TaskExecutor uitvoerder;
    private final Clock klok;
    private final TransactionTemplate apart;
    private final TransactionTemplate samen;
    private final Map<Lopend, CompletableFuture<Void>> lopend = new ConcurrentHashMap<>();
    private final Set<Importtabel> tabellen = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService hartslag = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread draad = new Thread(r, "import-hartslag");
        draad.setDaemon(true);
        return draad;
    });

    Achtergrondimporten(JdbcClient jdbc, TaskExecutor uitvoerder, Clock klok, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.uitvoerder = uitvoerder;
        this.klok = klok;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.samen = new TransactionTemplate(transacties);
        long tussen = HARTSLAG.toMillis();
        hartslag.scheduleWithFixedDelay(this::klop, tussen, tussen, TimeUnit.MILLISECONDS);
    }

    /** A module announces its table (from its constructor), so the imports its dead instances left are closed at start-up. */
    public void registreer(Importtabel tabel) {
        tabellen.add(tabel);
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        tabellen.forEach(this::herstel);
    }

    /**
     * Starts an import of an upload: copies it to a {@link Tijdelijkbestand}, lets the module register its row
     * (status BEZIG; given the file's number of non-empty lines, or null) and runs {@code werk} for that id in the
     * background. If registering fails, the copy is deleted. Returns the id.
     */
    public long start(Importtabel tabel, InputStream inhoud, ToLongFunction<Integer> registreer, LongFunction<Werk> werk)
            throws IOException {
        Tijdelijkbestand bestand = Tijdelijkbestand.van(inhoud, tabel.naam() + "-");
        long id;
        try {
            id = registreer.applyAsLong(bestand.nietLegeRegels());
        } catch (RuntimeException e) {
            bestand.close();
            throw e;
        }
        voerUit(tabel, id, bestand, werk.apply(id));
        return id;
    }

    /** An upload's name as the import tables keep it: at most 255 characters. */
    public static String bestandsnaam(String naam) {
        return naam == null ? null : naam.substring(0, Math.min(255, naam.length()));
    }

    /**
     * Runs {@code werk} on the task executor with the upload, then deletes it. The row {@code id} must exist with
     * status BEZIG; {@code werk} writes the outcome. When the executor refuses the work, or the work throws, the row is
     * marked MISLUKT. The future completes when the work has ended.
     */
    public CompletableFuture<Void> voerUit(Importtabel tabel, long id, Tijdelijkbestand bestand, Werk werk) {
        var sleutel = new Lopend(tabel.naam(), id);
        var klaar = new CompletableFuture<Void>();
        lopend.put(sleutel, klaar);
        try {
            uitvoerder.execute(() -> {
                try (bestand) {
                    werk.voerUit(bestand);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Import {} {} mislukt: {}", tabel.naam(), id, e.getClass().getSimpleName());
                    mislukt(tabel, id, NIET_VERWERKT);
                } finally {
                    lopend.remove(sleutel);
                    klaar.complete(null);
                }
            });
        } catch (RuntimeException e) {
            lopend.remove(sleutel);
            klaar.complete(null);
            bestand.close();
            mislukt(tabel, id, "De import kon niet worden gestart; er is niets gewijzigd. Probeer het later opnieuw.");
        }
        return klaar;
    }

    /**
     * Runs the import and records its success in one transaction, so both commit or neither does.
     * {@code gelukt} must write the success only while the row is still BEZIG ({@code ... AND status = 'BEZIG'})
     * and return the rows it changed. If another instance meanwhile marked the import MISLUKT (its heartbeat
     * seemed to stop), nothing is changed and the import rolls back, so MISLUKT always means that nothing changed.
     */
    public <T> T metUitkomst(Importtabel tabel, long id, Supplier<T> importeer, ToIntFunction<T> gelukt) {
        return samen.execute(t -> {
            T resultaat = importeer.get();
            if (gelukt.applyAsInt(resultaat) != 1) {
                throw new IllegalStateException("import " + tabel.naam() + " " + id + " was niet meer BEZIG; teruggedraaid");
            }
            return resultaat;
        });
    }

    /** Waits at most {@code max} for an import that this instance runs; true when it no longer runs here. */
    public boolean wacht(Importtabel tabel, long id, Duration max) {
        CompletableFuture<Void> klaar = lopend.get(new Lopend(tabel.naam(), id));
        if (klaar == null) {
            return true;
        }
        try {
            klaar.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** The rows read so far, with a heartbeat, in a transaction of its own (the import's own is still open). */
    public void voortgang(Importtabel tabel, long id, int rijen) {
        Timestamp nu = Timestamp.from(klok.instant());
        apart.executeWithoutResult(t -> jdbc.sql("UPDATE " + tabel.naam() + " SET rijen = ?, bijgewerkt_op = ? WHERE id = ?")
                .params(rijen, nu, id).update());
    }

    /** Marks the imports of this table whose heartbeat stopped for {@link #STIL} as MISLUKT. Returns how many. */
    public int herstel(Importtabel tabel) {
        Timestamp nu = Timestamp.from(klok.instant());
        Integer aantal = apart.execute(t -> jdbc.sql("UPDATE " + tabel.naam()
                        + " SET status = 'MISLUKT', fouten = ?, klaar_op = ?, bijgewerkt_op = ? WHERE status = 'BEZIG' AND bijgewerkt_op < ?")
                .params(tabel.onderbroken(), nu, nu, Timestamp.from(klok.instant().minus(STIL))).update());
        if (aantal != null && aantal > 0) {
            LOG.info("{} onderbroken import(en) in {} als mislukt gemarkeerd", aantal, tabel.naam());
        }
        return aantal == null ? 0 : aantal;
    }

    private void mislukt(Importtabel tabel, long id, String melding) {
        Timestamp nu = Timestamp.from(klok.instant());
        apart.executeWithoutResult(t -> jdbc.sql("UPDATE " + tabel.naam()
                        + " SET status = 'MISLUKT', fouten = ?, klaar_op = ?, bijgewerkt_op = ? WHERE id = ?")
                .params(melding, nu, nu, id).update());
    }

    /** Writes the heartbeat of every import this instance runs. */
    void klop() {
        Timestamp nu = Timestamp.from(klok.instant());
        for (Lopend import_ : lopend.keySet()) {
            try {
                apart.executeWithoutResult(t -> jdbc.sql("UPDATE " + import_.tabel() + " SET bijgewerkt_op = ? WHERE id = ? AND status = 'BEZIG'")
                        .params(nu, import_.id()).update());
            } catch (RuntimeException e) {
                LOG.warn("Hartslag van import {} {} niet geschreven: {}", import_.tabel(), import_.id(), e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void destroy() {
        hartslag.shutdownNow();
    }
}

package nl.samenspel.enquete;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import nl.samenspel.shared.Tijdelijkbestand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a browser import in the background, as the raad module does: the upload is copied to a
 * temporary file (deleted afterwards) and its lines counted, the import runs on the task executor and writes the rows read
 * (and a heartbeat) to enquete_import in its own small transactions, which the progress page polls.
 * An import whose heartbeat stopped for {@link #STIL} (its instance restarted) is marked MISLUKT: at
 * start-up and whenever imports are read, so it holds with several app instances too.
 */
@Service
class MetingImporten {

    static final Duration STIL = Duration.ofMinutes(2);
    static final String ONDERBROKEN = "De import is onderbroken doordat de applicatie opnieuw is gestart; er is niets opgeslagen. "
            + "Importeer het bestand opnieuw.";
    private static final Logger LOG = LoggerFactory.getLogger(MetingImporten.class);

    private final ImportService importen;
    private final JdbcClient jdbc;
    private final TaskExecutor uitvoerder;
    private final Clock klok;
    private final TransactionTemplate apart;

    MetingImporten(ImportService importen, JdbcClient jdbc, TaskExecutor uitvoerder, Clock klok, PlatformTransactionManager transacties) {
        this.importen = importen;
        this.jdbc = jdbc;
        this.uitvoerder = uitvoerder;
        this.klok = klok;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Checks user and meting now (a closed meting is refused at once), then imports in the background. */
    Long start(Sessiegebruiker door, Long metingId, String bestandsnaam, InputStream inhoud) throws IOException {
        importen.metingVoorImport(door, metingId);
        Tijdelijkbestand bestand = Tijdelijkbestand.van(inhoud, "enquete-import-");
        Long id;
        try {
            id = nieuw(door.gemeenteId(), metingId, bestandsnaam, telRijen(bestand.pad()));
        } catch (RuntimeException e) {
            bestand.close();
            throw e;
        }
        try {
            uitvoerder.execute(() -> {
                try (bestand) {
                    voerUit(id, door, metingId, bestand.pad());
                }
            });
        } catch (RuntimeException e) {
            bestand.close();
            klaar(id, MetingImport.Status.MISLUKT, 0, List.of("De import kon niet worden gestart; er is niets opgeslagen. Probeer het later opnieuw."));
        }
        return id;
    }

    /** The non-empty lines after the header: the expected number of rows, or null when the file cannot be read. */
    static Integer telRijen(Path bestand) {
        try (BufferedReader lezer = lezer(bestand)) {
            long regels = lezer.lines().filter(r -> !r.isBlank()).count();
            return (int) Math.min(Integer.MAX_VALUE, Math.max(0, regels - 1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Lenient UTF-8, as the synchronous import always read: a wrong byte becomes a replacement character. */
    private static BufferedReader lezer(Path bestand) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(bestand), StandardCharsets.UTF_8));
    }

    private Long nieuw(Long gemeenteId, Long metingId, String bestandsnaam, Integer totaal) {
        var sleutel = new GeneratedKeyHolder();
        Timestamp nu = Timestamp.from(klok.instant());
        jdbc.sql("INSERT INTO enquete_import (gemeente_id, meting_id, bestandsnaam, status, totaal, gestart_op, bijgewerkt_op) "
                        + "VALUES (?, ?, ?, 'BEZIG', ?, ?, ?)")
                .params(gemeenteId, metingId, bestandsnaam == null ? null : bestandsnaam.substring(0, Math.min(255, bestandsnaam.length())),
                        totaal, nu, nu)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    private void voerUit(Long id, Sessiegebruiker door, Long metingId, Path bestand) {
        try (var lezer = lezer(bestand)) {
            int aantal = importen.importeer(door, metingId, lezer, rijen -> voortgang(id, rijen));
            klaar(id, MetingImport.Status.GELUKT, aantal, List.of());
        } catch (ImportAfgekeurdException e) {
            klaar(id, MetingImport.Status.AFGEKEURD, 0, e.fouten().stream().map(ImportFout::beschrijving).toList());
        } catch (OngeldigVerzoekException e) {
            klaar(id, MetingImport.Status.AFGEKEURD, 0, List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Enquête-import {} mislukt: {}", id, e.getClass().getSimpleName());
            klaar(id, MetingImport.Status.MISLUKT, 0, List.of("Het bestand kon niet worden verwerkt; er is niets opgeslagen."));
        }
    }

    private void voortgang(Long id, int rijen) {
        apart.executeWithoutResult(t -> jdbc.sql("UPDATE enquete_import SET rijen = ?, bijgewerkt_op = ? WHERE id = ?")
                .params(rijen, Timestamp.from(klok.instant()), id).update());
    }

    private void klaar(Long id, MetingImport.Status status, int geimporteerd, List<String> fouten) {
        String tekst = fouten.isEmpty() ? null : String.join("\n", fouten.stream().map(f -> f.replace('\n', ' ').replace('\r', ' ')).toList());
        Timestamp nu = Timestamp.from(klok.instant());
        apart.executeWithoutResult(t -> jdbc.sql("UPDATE enquete_import SET status = ?, geimporteerd = ?, fouten = ?, bijgewerkt_op = ?, "
                        + "klaar_op = ? WHERE id = ?")
                .params(status.name(), geimporteerd, tekst, nu, nu, id).update());
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        herstel();
    }

    /** Marks imports whose heartbeat stopped as MISLUKT: nothing of them was committed. Returns how many. */
    int herstel() {
        Timestamp nu = Timestamp.from(klok.instant());
        int aantal = jdbc.sql("UPDATE enquete_import SET status = 'MISLUKT', fouten = ?, klaar_op = ? WHERE status = 'BEZIG' AND bijgewerkt_op < ?")
                .params(ONDERBROKEN, nu, Timestamp.from(klok.instant().minus(STIL))).update();
        if (aantal > 0) {
            LOG.info("{} onderbroken enquête-import(en) als mislukt gemarkeerd", aantal);
        }
        return aantal;
    }

    /** One import, for the beheerder of the gemeente it belongs to; anyone else gets 403 or 404. */
    MetingImport importVan(Sessiegebruiker door, Long id) {
        MetingService.vereisBeheerder(door);
        herstel();
        return jdbc.sql("SELECT * FROM enquete_import WHERE id = ? AND gemeente_id = ?").params(id, door.gemeenteId())
                .query(this::alsImport).optional().orElseThrow(() -> new NietGevondenException("Import"));
    }

    /** The imports of a meting, newest first (the meting is already checked to belong to the user's gemeente). */
    List<MetingImport> vanMeting(Long gemeenteId, Long metingId) {
        herstel();
        return jdbc.sql("SELECT * FROM enquete_import WHERE meting_id = ? AND gemeente_id = ? ORDER BY id DESC LIMIT 100")
                .params(metingId, gemeenteId).query(this::alsImport).list();
    }

    private MetingImport alsImport(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        String fouten = rs.getString("fouten");
        Timestamp klaar = rs.getTimestamp("klaar_op");
        return new MetingImport(rs.getLong("id"), rs.getLong("meting_id"), rs.getString("bestandsnaam"),
                MetingImport.Status.valueOf(rs.getString("status")), rs.getInt("rijen"), (Integer) rs.getObject("totaal", Integer.class),
                rs.getInt("geimporteerd"), fouten == null ? List.of() : Arrays.asList(fouten.split("\n")),
                rs.getTimestamp("gestart_op").toInstant(), klaar == null ? null : klaar.toInstant());
    }
}

package nl.samenspel.raad;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.Tijdelijkbestand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a browser import in the background: the upload is copied to a temporary file, the import
 * runs on the task executor and writes its progress (rows read) and outcome to raad_import, which
 * the progress page polls. Progress is written outside the import's own transaction.
 */
@Service
class ImportTaken {

    private static final Logger LOG = LoggerFactory.getLogger(ImportTaken.class);
    static final String ONDERBROKEN = "De import is onderbroken doordat de applicatie opnieuw is gestart; er is niets gewijzigd. "
            + "Start de import opnieuw.";

    private final ImportService imports;
    private final JdbcClient jdbc;
    private final TaskExecutor uitvoerder;
    private final Clock klok;
    private final TransactionTemplate apart;

    ImportTaken(ImportService imports, JdbcClient jdbc, TaskExecutor uitvoerder, Clock klok, PlatformTransactionManager transacties) {
        this.imports = imports;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.uitvoerder = uitvoerder;
        this.klok = klok;
    }

    Long start(Long gemeenteId, Importformaat formaat, String bestandsnaam, InputStream inhoud) throws IOException {
        Tijdelijkbestand bestand = Tijdelijkbestand.van(inhoud, "raad-import-");
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, gestart_op) VALUES (?, ?, ?, 'BEZIG', ?)")
                .params(gemeenteId, formaat.name(), bestandsnaam == null ? null : bestandsnaam.substring(0, Math.min(255, bestandsnaam.length())),
                        Timestamp.from(klok.instant()))
                .update();
        Long id = jdbc.sql("SELECT MAX(id) FROM raad_import WHERE gemeente_id = ?").param(gemeenteId).query(Long.class).single();
        uitvoerder.execute(() -> voerUit(id, gemeenteId, formaat, bestand));
        return id;
    }

    private void voerUit(Long id, Long gemeenteId, Importformaat formaat, Tijdelijkbestand bestand) {
        try (bestand; var lezer = new InputStreamReader(Files.newInputStream(bestand.pad()), StandardCharsets.UTF_8)) {
            var resultaat = imports.importeer(gemeenteId, formaat, lezer, rijen -> voortgang(id, rijen));
            jdbc.sql("UPDATE raad_import SET status = 'GELUKT', rijen = ?, toegevoegd = ?, overgeslagen = ?, klaar_op = ? WHERE id = ?")
                    .params(resultaat.rijen(), resultaat.toegevoegd(), resultaat.overgeslagen(), Timestamp.from(klok.instant()), id)
                    .update();
        } catch (ImportAfgekeurdException e) {
            afgekeurd(id, e.fouten());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Import {} mislukt: {}", id, e.getClass().getSimpleName());
            afgekeurd(id, List.of(new ImportFout(1, null, "het bestand kon niet worden verwerkt.")));
        }
    }

    /**
     * An import runs in one transaction on a background thread: when the application stops during it, the
     * database rolls the transaction back and the row would stay BEZIG for ever. At start no import of this
     * instance can be running yet, so every BEZIG row is closed with a message that nothing changed.
     * (With several instances a restart also closes an import that runs on another instance at that moment;
     * that import's own outcome overwrites the message when it finishes.)
     */
    @EventListener(ApplicationReadyEvent.class)
    void sluitOnderbrokenImporten() {
        int aantal = jdbc.sql("UPDATE raad_import SET status = 'AFGEKEURD', fouten = ?, klaar_op = ? WHERE status = 'BEZIG'")
                .params(ONDERBROKEN, Timestamp.from(klok.instant())).update();
        if (aantal > 0) {
            LOG.info("{} onderbroken raadsimport(en) afgesloten", aantal);
        }
    }

    private void voortgang(Long id, int rijen) {
        apart.executeWithoutResult(t -> jdbc.sql("UPDATE raad_import SET rijen = ? WHERE id = ?").params(rijen, id).update());
    }

    private void afgekeurd(Long id, List<ImportFout> fouten) {
        String tekst = String.join("\n", fouten.stream().map(ImportFout::beschrijving).toList());
        jdbc.sql("UPDATE raad_import SET status = 'AFGEKEURD', fouten = ?, klaar_op = ? WHERE id = ?")
                .params(tekst, Timestamp.from(klok.instant()), id).update();
    }

    ImportTaak taak(Long gemeenteId, Long id) {
        return jdbc.sql("SELECT * FROM raad_import WHERE id = ? AND gemeente_id = ?").params(id, gemeenteId)
                .query((rs, n) -> new ImportTaak(rs.getLong("id"), rs.getLong("gemeente_id"),
                        Importformaat.valueOf(rs.getString("formaat")), rs.getString("bestandsnaam"),
                        ImportTaak.Status.valueOf(rs.getString("status")), rs.getInt("rijen"), rs.getInt("toegevoegd"),
                        rs.getInt("overgeslagen"),
                        rs.getString("fouten") == null ? List.of() : Arrays.asList(rs.getString("fouten").split("\n")),
                        rs.getTimestamp("gestart_op").toInstant(),
                        rs.getTimestamp("klaar_op") == null ? null : rs.getTimestamp("klaar_op").toInstant()))
                .optional().orElseThrow(() -> new NietGevondenException("Import"));
    }

    List<ImportTaak> recente(Long gemeenteId) {
        return jdbc.sql("SELECT id FROM raad_import WHERE gemeente_id = ? ORDER BY id DESC LIMIT 10").param(gemeenteId)
                .query(Long.class).list().stream().map(id -> taak(gemeenteId, id)).toList();
    }
}

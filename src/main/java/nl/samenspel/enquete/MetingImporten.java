package nl.samenspel.enquete;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.Achtergrondimporten;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import nl.samenspel.shared.Tijdelijkbestand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import (from the browser or the API) in the background, as the raad module does: the upload is copied to a
 * temporary file (deleted afterwards) and its lines counted, the import runs on the task executor through
 * {@link Achtergrondimporten} and writes the rows read (and a heartbeat) to enquete_import in its own small
 * transactions, which the progress page and the API's status resource read. An import whose heartbeat stopped (its
 * instance died) is marked MISLUKT: at start-up and whenever imports are read, so it holds with several app instances.
 */
@Service
class MetingImporten {

    static final String ONDERBROKEN = "De import is onderbroken doordat de applicatie opnieuw is gestart; er is niets opgeslagen. "
            + "Importeer het bestand opnieuw.";
    static final Achtergrondimporten.Importtabel TABEL = new Achtergrondimporten.Importtabel("enquete_import", ONDERBROKEN);

    private final ImportService importen;
    private final Achtergrondimporten achtergrond;
    private final JdbcClient jdbc;
    private final Clock klok;
    private final TransactionTemplate apart;

    MetingImporten(ImportService importen, Achtergrondimporten achtergrond, JdbcClient jdbc, Clock klok, PlatformTransactionManager transacties) {
        this.importen = importen;
        this.achtergrond = achtergrond;
        achtergrond.registreer(TABEL);
        this.jdbc = jdbc;
        this.klok = klok;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Checks user and meting now (a closed meting is refused at once), then imports in the background. */
    Long start(Sessiegebruiker door, Long metingId, String bestandsnaam, InputStream inhoud) throws IOException {
        importen.metingVoorImport(door, metingId);
        return achtergrond.start(TABEL, inhoud,
                regels -> nieuw(door.gemeenteId(), metingId, bestandsnaam, regels == null ? null : Math.max(0, regels - 1)),
                id -> bestand -> voerUit(id, door, metingId, bestand));
    }

    private Long nieuw(Long gemeenteId, Long metingId, String bestandsnaam, Integer totaal) {
        var sleutel = new GeneratedKeyHolder();
        Timestamp nu = Timestamp.from(klok.instant());
        jdbc.sql("INSERT INTO enquete_import (gemeente_id, meting_id, bestandsnaam, status, totaal, gestart_op, bijgewerkt_op) "
                        + "VALUES (?, ?, ?, 'BEZIG', ?, ?, ?)")
                .params(gemeenteId, metingId, Achtergrondimporten.bestandsnaam(bestandsnaam), totaal, nu, nu)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    /** A rejected file is AFGEKEURD here; any other failure makes {@link Achtergrondimporten} mark it MISLUKT. */
    private void voerUit(Long id, Sessiegebruiker door, Long metingId, Tijdelijkbestand bestand) throws IOException {
        try (var lezer = bestand.lezer()) {
            achtergrond.metUitkomst(TABEL, id,
                    () -> importen.importeer(door, metingId, lezer, rijen -> achtergrond.voortgang(TABEL, id, rijen)),
                    aantal -> {
                        Timestamp nu = Timestamp.from(klok.instant());
                        return jdbc.sql("UPDATE enquete_import SET status = 'GELUKT', geimporteerd = ?, fouten = NULL, bijgewerkt_op = ?, "
                                        + "klaar_op = ? WHERE id = ? AND status = 'BEZIG'")
                                .params(aantal, nu, nu, id).update();
                    });
        } catch (ImportAfgekeurdException e) {
            klaar(id, MetingImport.Status.AFGEKEURD, 0, e.fouten().stream().map(ImportFout::beschrijving).toList());
        } catch (OngeldigVerzoekException e) {
            klaar(id, MetingImport.Status.AFGEKEURD, 0, List.of(e.getMessage()));
        }
    }

    private void klaar(Long id, MetingImport.Status status, int geimporteerd, List<String> fouten) {
        String tekst = fouten.isEmpty() ? null : String.join("\n", fouten.stream().map(f -> f.replace('\n', ' ').replace('\r', ' ')).toList());
        Timestamp nu = Timestamp.from(klok.instant());
        apart.executeWithoutResult(t -> jdbc.sql("UPDATE enquete_import SET status = ?, geimporteerd = ?, fouten = ?, bijgewerkt_op = ?, "
                        + "klaar_op = ? WHERE id = ?")
                .params(status.name(), geimporteerd, tekst, nu, nu, id).update());
    }

    /** Marks imports whose heartbeat stopped as MISLUKT: nothing of them was committed. Returns how many. */
    int herstel() {
        return achtergrond.herstel(TABEL);
    }

    /** Waits at most {@code max} for an import this instance runs; true when it has ended. */
    boolean wacht(Long id, Duration max) {
        return achtergrond.wacht(TABEL, id, max);
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

    private MetingImport alsImport(ResultSet rs, int rij) throws SQLException {
        String fouten = rs.getString("fouten");
        Timestamp klaar = rs.getTimestamp("klaar_op");
        return new MetingImport(rs.getLong("id"), rs.getLong("meting_id"), rs.getString("bestandsnaam"),
                MetingImport.Status.valueOf(rs.getString("status")), rs.getInt("rijen"), (Integer) rs.getObject("totaal", Integer.class),
                rs.getInt("geimporteerd"), fouten == null ? List.of() : Arrays.asList(fouten.split("\n")),
                rs.getTimestamp("gestart_op").toInstant(), klaar == null ? null : klaar.toInstant());
    }
}

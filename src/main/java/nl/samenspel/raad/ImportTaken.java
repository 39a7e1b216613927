package nl.samenspel.raad;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.shared.Achtergrondimporten;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.Tijdelijkbestand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Runs an import (from the browser or the API) in the background: the upload is copied to a temporary file, the
 * import runs on the task executor through {@link Achtergrondimporten} and writes its progress, heartbeat and outcome
 * to raad_import, which the progress page and the API's status resource read. An import whose heartbeat stopped
 * (its instance died) is marked MISLUKT at start-up and whenever imports are read.
 */
@Service
class ImportTaken {

    static final String ONDERBROKEN = "De import is onderbroken doordat de applicatie opnieuw is gestart; er is niets gewijzigd. "
            + "Start de import opnieuw.";
    static final Achtergrondimporten.Importtabel TABEL = new Achtergrondimporten.Importtabel("raad_import", ONDERBROKEN);

    private final ImportService imports;
    private final Achtergrondimporten achtergrond;
    private final JdbcClient jdbc;
    private final Clock klok;

    ImportTaken(ImportService imports, Achtergrondimporten achtergrond, JdbcClient jdbc, Clock klok) {
        this.imports = imports;
        this.achtergrond = achtergrond;
        achtergrond.registreer(TABEL);
        this.jdbc = jdbc;
        this.klok = klok;
    }

    Long start(Long gemeenteId, Importformaat formaat, String bestandsnaam, InputStream inhoud) throws IOException {
        return achtergrond.start(TABEL, inhoud, regels -> nieuw(gemeenteId, formaat, bestandsnaam, totaal(formaat, regels)),
                id -> bestand -> voerUit(id, gemeenteId, formaat, bestand));
    }

    /** A CSV's first line is its header; an NDJSON file has none. */
    private static Integer totaal(Importformaat formaat, Integer regels) {
        return regels == null || formaat == Importformaat.OPENBESLUITVORMING_NDJSON ? regels : Math.max(0, regels - 1);
    }

    private Long nieuw(Long gemeenteId, Importformaat formaat, String bestandsnaam, Integer totaal) {
        var sleutel = new GeneratedKeyHolder();
        Timestamp nu = Timestamp.from(klok.instant());
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, totaal, gestart_op, bijgewerkt_op) "
                        + "VALUES (?, ?, ?, 'BEZIG', ?, ?, ?)")
                .params(gemeenteId, formaat.name(), Achtergrondimporten.bestandsnaam(bestandsnaam), totaal, nu, nu)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    /** A rejected file is AFGEKEURD here; any other failure makes {@link Achtergrondimporten} mark it MISLUKT. */
    private void voerUit(Long id, Long gemeenteId, Importformaat formaat, Tijdelijkbestand bestand) throws IOException {
        try (var lezer = bestand.lezer()) {
            achtergrond.metUitkomst(TABEL, id,
                    () -> imports.importeer(gemeenteId, formaat, lezer, rijen -> achtergrond.voortgang(TABEL, id, rijen)),
                    resultaat -> {
                        Timestamp nu = Timestamp.from(klok.instant());
                        return jdbc.sql("UPDATE raad_import SET status = 'GELUKT', rijen = ?, toegevoegd = ?, overgeslagen = ?, "
                                        + "bijgewerkt_op = ?, klaar_op = ? WHERE id = ? AND status = 'BEZIG'")
                                .params(resultaat.rijen(), resultaat.toegevoegd(), resultaat.overgeslagen(), nu, nu, id)
                                .update();
                    });
        } catch (ImportAfgekeurdException e) {
            afgekeurd(id, e.fouten());
        }
    }

    /** Marks imports whose heartbeat stopped as MISLUKT (nothing of them was committed). Returns how many. */
    int herstel() {
        return achtergrond.herstel(TABEL);
    }

    /** Waits at most {@code max} for an import this instance runs; true when it has ended. */
    boolean wacht(Long id, Duration max) {
        return achtergrond.wacht(TABEL, id, max);
    }

    private void afgekeurd(Long id, List<ImportFout> fouten) {
        String tekst = String.join("\n", fouten.stream().map(f -> f.beschrijving().replace('\n', ' ').replace('\r', ' ')).toList());
        Timestamp nu = Timestamp.from(klok.instant());
        jdbc.sql("UPDATE raad_import SET status = 'AFGEKEURD', fouten = ?, bijgewerkt_op = ?, klaar_op = ? WHERE id = ?")
                .params(tekst, nu, nu, id).update();
    }

    ImportTaak taak(Long gemeenteId, Long id) {
        herstel();
        return jdbc.sql("SELECT * FROM raad_import WHERE id = ? AND gemeente_id = ?").params(id, gemeenteId).query(ImportTaken::alsTaak)
                .optional().orElseThrow(() -> new NietGevondenException("Import"));
    }

    List<ImportTaak> recente(Long gemeenteId) {
        herstel();
        return jdbc.sql("SELECT * FROM raad_import WHERE gemeente_id = ? ORDER BY id DESC LIMIT 10").param(gemeenteId)
                .query(ImportTaken::alsTaak).list();
    }

    private static ImportTaak alsTaak(ResultSet rs, int rij) throws SQLException {
        String fouten = rs.getString("fouten");
        Timestamp klaar = rs.getTimestamp("klaar_op");
        return new ImportTaak(rs.getLong("id"), rs.getLong("gemeente_id"), Importformaat.valueOf(rs.getString("formaat")),
                rs.getString("bestandsnaam"), ImportTaak.Status.valueOf(rs.getString("status")), rs.getInt("rijen"),
                rs.getObject("totaal", Integer.class), rs.getInt("toegevoegd"), rs.getInt("overgeslagen"),
                fouten == null ? List.of() : Arrays.asList(fouten.split("\n")), rs.getTimestamp("gestart_op").toInstant(),
                klaar == null ? null : klaar.toInstant());
    }
}

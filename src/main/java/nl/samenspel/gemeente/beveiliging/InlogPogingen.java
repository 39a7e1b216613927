package nl.samenspel.gemeente.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login counters in the database, so throttling holds across several app instances.
 * Keys are hashed: the table holds no readable account names or addresses.
 */
@Component
class InlogPogingen {

    private final JdbcClient jdbc;
    private final Clock klok;

    InlogPogingen(JdbcClient jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    static String sleutel(String soort, String waarde) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((soort + ":" + waarde).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Instant nu() {
        return klok.instant();
    }

    Optional<Inlogbegrenzing.Stand> stand(String sleutel) {
        return jdbc.sql("SELECT mislukt, venster_start, geblokkeerd_tot FROM inlog_poging WHERE sleutel = ?")
                .param(sleutel)
                .query((rs, i) -> new Inlogbegrenzing.Stand(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void bewaar(String sleutel, Inlogbegrenzing.Stand stand) {
        Timestamp tot = stand.geblokkeerdTot() == null ? null : Timestamp.from(stand.geblokkeerdTot());
        int bijgewerkt = jdbc.sql("UPDATE inlog_poging SET mislukt = ?, venster_start = ?, geblokkeerd_tot = ? WHERE sleutel = ?")
                .params(stand.mislukt(), Timestamp.from(stand.vensterStart()), tot, sleutel)
                .update();
        if (bijgewerkt == 0) {
            jdbc.sql("INSERT INTO inlog_poging (sleutel, mislukt, venster_start, geblokkeerd_tot) VALUES (?, ?, ?, ?)")
                    .params(sleutel, stand.mislukt(), Timestamp.from(stand.vensterStart()), tot)
                    .update();
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void wis(String sleutel) {
        jdbc.sql("DELETE FROM inlog_poging WHERE sleutel = ?").param(sleutel).update();
    }
}

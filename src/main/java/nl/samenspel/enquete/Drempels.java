package nl.samenspel.enquete;

import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A gemeente's minimum group sizes: default 5 and 10; raising is free, below 3 is refused. */
@Service
class Drempels {

    record Instelling(int minimaleGroep, int minimaleGroepOpmerkingen) {
    }

    static final Instelling STANDAARD = new Instelling(Anonimiteitsdrempel.STANDAARD, Anonimiteitsdrempel.STANDAARD_OPMERKINGEN);
    static final int MAXIMUM = 100;

    private final JdbcClient jdbc;

    Drempels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Instelling van(Long gemeenteId) {
        return jdbc.sql("SELECT minimale_groep, minimale_groep_opmerkingen FROM enquete_instelling WHERE gemeente_id = ?")
                .param(gemeenteId).query((rs, i) -> new Instelling(rs.getInt(1), rs.getInt(2))).optional().orElse(STANDAARD);
    }

    @Transactional
    Instelling bewaar(Sessiegebruiker door, int minimaleGroep, int minimaleGroepOpmerkingen) {
        if (!door.heeft(Rol.BEHEERDER)) {
            throw new AccessDeniedException("Alleen de beheerder stelt de minimale groepsgrootte in.");
        }
        if (minimaleGroep < Anonimiteitsdrempel.MINIMUM || minimaleGroep > MAXIMUM) {
            throw new OngeldigVerzoekException("minimaleGroep",
                    "De minimale groepsgrootte is ten minste %d en hoogstens %d.".formatted(Anonimiteitsdrempel.MINIMUM, MAXIMUM));
        }
        if (minimaleGroepOpmerkingen < minimaleGroep || minimaleGroepOpmerkingen > MAXIMUM) {
            throw new OngeldigVerzoekException("minimaleGroepOpmerkingen",
                    "De groep voor open opmerkingen is ten minste even groot als de minimale groep (%d) en hoogstens %d."
                            .formatted(minimaleGroep, MAXIMUM));
        }
        int bijgewerkt = jdbc.sql("UPDATE enquete_instelling SET minimale_groep = ?, minimale_groep_opmerkingen = ? WHERE gemeente_id = ?")
                .params(minimaleGroep, minimaleGroepOpmerkingen, door.gemeenteId()).update();
        if (bijgewerkt == 0) {
            jdbc.sql("INSERT INTO enquete_instelling (gemeente_id, minimale_groep, minimale_groep_opmerkingen) VALUES (?, ?, ?)")
                    .params(door.gemeenteId(), minimaleGroep, minimaleGroepOpmerkingen).update();
        }
        return new Instelling(minimaleGroep, minimaleGroepOpmerkingen);
    }
}

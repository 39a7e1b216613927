package nl.samenspel.raad;

import java.util.Locale;
import java.util.Optional;

/** The instruments of the raad counted here. Moties vreemd count with the moties in table 5. */
enum Instrumentsoort {
    MOTIE,
    AMENDEMENT,
    MOTIE_VREEMD,
    SCHRIFTELIJKE_VRAAG;

    boolean isMotie() {
        return this == MOTIE || this == MOTIE_VREEMD;
    }

    /** Reads Motie, Amendement, Motie Vreemd (also: motie vreemd aan de orde van de dag), any case. */
    static Optional<Instrumentsoort> leesMotiesoort(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String t = tekst.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (t.startsWith("motie vreemd")) {
            return Optional.of(MOTIE_VREEMD);
        }
        if (t.equals("motie") || t.equals("motion")) {
            return Optional.of(MOTIE);
        }
        if (t.equals("amendement") || t.equals("amendment") || t.equals("subamendement")) {
            return Optional.of(AMENDEMENT);
        }
        return Optional.empty();
    }

    public String sleutel() {
        return "raad.soort." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

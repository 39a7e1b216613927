package nl.samenspel.gemeente;

import java.util.Locale;

/** Account names are compared case-insensitively: stored and looked up in lower case. */
final class Gebruikersnaam {

    private Gebruikersnaam() {
    }

    static String normaliseer(String gebruikersnaam) {
        return gebruikersnaam == null ? "" : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
    }
}

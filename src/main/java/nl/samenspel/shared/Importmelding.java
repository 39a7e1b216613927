package nl.samenspel.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of a background import as the API reports it: {@code tekst} is the line exactly as the import's page
 * shows it, {@code rij} and {@code kolom} are read back from it when it names them ({@link ImportFout#beschrijving});
 * a message about the whole import (interrupted, meting closed meanwhile) has neither.
 */
public record Importmelding(Integer rij, String kolom, String melding, String tekst) {

    private static final Pattern RIJ_EN_KOLOM = Pattern.compile("Rij (\\d{1,9})(?:, kolom '(.*?)')?: (.*)", Pattern.DOTALL);

    public static Importmelding van(String tekst) {
        Matcher m = RIJ_EN_KOLOM.matcher(tekst);
        return m.matches() ? new Importmelding(Integer.valueOf(m.group(1)), m.group(2), m.group(3), tekst)
                : new Importmelding(null, null, tekst, tekst);
    }

    public static List<Importmelding> van(List<String> teksten) {
        return teksten.stream().map(Importmelding::van).toList();
    }
}

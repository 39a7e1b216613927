package nl.samenspel.raad;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches party names from imports to the registry: name, afkorting and aliassen, ignoring case,
 * accents, spaces and punctuation, and a leading 'fractie'. So 'Groen Links', 'GROENLINKS' and
 * 'Fractie GroenLinks' all find GroenLinks.
 */
final class Partijnamen {

    private final Map<String, Long> perSleutel = new HashMap<>();
    private final Map<String, Optional<Long>> gezocht = new HashMap<>();

    Partijnamen(List<Partij> partijen) {
        for (Partij partij : partijen) {
            for (String naam : partij.alleNamen()) {
                perSleutel.putIfAbsent(sleutel(naam), partij.id());
            }
        }
    }

    /** Remembers every spelling it looked up (a file repeats the same few names), so large imports normalise each once. */
    Optional<Long> zoek(String naam) {
        Optional<Long> gevonden = gezocht.get(naam);
        if (gevonden == null) {
            gevonden = Optional.ofNullable(perSleutel.get(sleutel(naam)));
            if (gezocht.size() < 10_000) {
                gezocht.put(naam, gevonden);
            }
        }
        return gevonden;
    }

    static String sleutel(String naam) {
        String zonderAccenten = Normalizer.normalize(naam == null ? "" : naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String kaal = zonderAccenten.toLowerCase(Locale.ROOT).strip();
        if (kaal.startsWith("fractie ")) {
            kaal = kaal.substring("fractie ".length());
        }
        String sleutel = kaal.replaceAll("[^a-z0-9]", "");
        return sleutel.isEmpty() ? kaal : sleutel;
    }
}

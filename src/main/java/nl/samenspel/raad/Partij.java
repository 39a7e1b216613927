package nl.samenspel.raad;

import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * A political party or list in the raad of one gemeente. {@code aliassen}: other spellings,
 * separated by |, used to match names in imports (e.g. GL|GroenLinks Maastricht).
 */
record Partij(@Id Long id, Long gemeenteId, String naam, String afkorting, Partijsoort soort, String aliassen) {

    List<String> alleNamen() {
        List<String> namen = new java.util.ArrayList<>(List.of(naam));
        if (afkorting != null && !afkorting.isBlank()) {
            namen.add(afkorting);
        }
        if (aliassen != null) {
            Arrays.stream(aliassen.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(namen::add);
        }
        return namen;
    }

    String korteNaam() {
        return afkorting == null || afkorting.isBlank() ? naam : afkorting;
    }

    boolean isLokaal() {
        return soort == Partijsoort.LOKAAL;
    }

    enum Partijsoort {
        LOKAAL,
        LANDELIJK
    }
}

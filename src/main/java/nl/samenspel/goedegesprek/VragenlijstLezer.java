package nl.samenspel.goedegesprek;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks the vragenlijst file: 19 items numbered 1..19, a five-point scale. */
final class VragenlijstLezer {

    static final String BESTAND = "goedegesprek/vragenlijst-v1.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VragenlijstLezer() {
    }

    static Vragenlijst standaard() {
        try (InputStream in = new ClassPathResource(BESTAND).getInputStream()) {
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Vragenlijst ontbreekt: " + BESTAND, e);
        }
    }

    static Vragenlijst lees(InputStream json) {
        Vragenlijst lijst = JSON.readValue(json, Vragenlijst.class);
        List<String> fouten = new ArrayList<>();
        if (lijst.items() == null || lijst.items().size() != Invulregels.ITEMS) {
            fouten.add("de vragenlijst moet 19 items hebben, maar heeft er " + (lijst.items() == null ? 0 : lijst.items().size()));
        } else {
            for (int i = 0; i < lijst.items().size(); i++) {
                Vragenlijst.Item item = lijst.items().get(i);
                if (item.nummer() != i + 1) {
                    fouten.add("item op plaats %d heeft nummer %d; verwacht %d".formatted(i + 1, item.nummer(), i + 1));
                }
                if (item.tekst() == null || item.tekst().isBlank() || item.polariteit() == null || item.groep() == null) {
                    fouten.add("item %d mist tekst, groep of polariteit".formatted(i + 1));
                }
            }
        }
        if (lijst.schaal() == null || lijst.schaal().size() != 5
                || !lijst.schaal().stream().map(Vragenlijst.Schaalpunt::waarde).toList().equals(List.of(1, 2, 3, 4, 5))) {
            fouten.add("de schaal moet de waarden 1 tot en met 5 hebben");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(null, "Ongeldige vragenlijst: " + String.join("; ", fouten) + ".");
        }
        return lijst;
    }
}

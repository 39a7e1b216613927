package nl.samenspel.enquete;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks the instrument file: unique codes, every indicator measured, the five-point scale. */
final class InstrumentLezer {

    static final String BESTAND = "enquete/instrument-v1.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instrument STANDAARD = laad();

    private InstrumentLezer() {
    }

    static Instrument standaard() {
        return STANDAARD;
    }

    private static Instrument laad() {
        try (InputStream in = new ClassPathResource(BESTAND).getInputStream()) {
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Instrument ontbreekt: " + BESTAND, e);
        }
    }

    static Instrument lees(InputStream json) {
        Instrument instrument = JSON.readValue(json, Instrument.class);
        List<String> fouten = new ArrayList<>();
        if (instrument.schaal() == null || !instrument.schaal().stream().map(Instrument.Schaalpunt::waarde).toList()
                .equals(List.of(1, 2, 3, 4, 5))) {
            fouten.add("de schaal moet de waarden 1 (altijd) tot en met 5 (nooit) hebben");
        }
        List<Instrument.Vraag> vragen = instrument.vragen() == null ? List.of() : instrument.vragen();
        Set<String> codes = new HashSet<>();
        for (Instrument.Vraag vraag : vragen) {
            if (vraag.code() == null || !codes.add(vraag.code())) {
                fouten.add("vraagcode '%s' ontbreekt of komt twee keer voor".formatted(vraag.code()));
            }
            if (vraag.tekst() == null || vraag.tekst().isBlank() || vraag.indicator() == null || vraag.polariteit() == null) {
                fouten.add("vraag %s mist tekst, indicator of polariteit".formatted(vraag.code()));
            }
        }
        for (Instrument.Indicator indicator : Instrument.Indicator.veiligheid()) {
            List<Instrument.Vraag> stellingen = vragen.stream().filter(v -> v.indicator() == indicator).toList();
            if (stellingen.size() < 3) {
                fouten.add("indicator %s heeft minstens 3 stellingen nodig".formatted(indicator));
            }
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("Ongeldig instrument: " + String.join("; ", fouten) + ".");
        }
        return instrument;
    }
}

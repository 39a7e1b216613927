package nl.samenspel.goedegesprek;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The escalatieladder as data (goedegesprek/escalatieladder-v1.json): three phases and the
 * preventive instruments. Cumulative: phase 2 offers phase 1's instruments too. An instrument
 * that appears in two phases ('Integriteitscommissie instellen') is offered once, at its lowest phase.
 */
record Escalatieladder(int versie, String bron, String uitleg, List<Instrument> instrumenten) {

    enum Fase { FASE_1, FASE_2, FASE_3, PREVENTIEF }

    /** What it is, how to deploy it, who can help, and the sources or legal articles the seed names. */
    record Instrument(String naam, Fase fase, String wat, String hoe, String wie, List<String> bronnen) {

        Instrument {
            bronnen = bronnen == null ? List.of() : List.copyOf(bronnen);
        }

        public int niveau() {
            return fase == Fase.PREVENTIEF ? 0 : fase.ordinal() + 1;
        }
    }

    static final String BESTAND = "goedegesprek/escalatieladder-v1.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Escalatieladder standaard() {
        try (InputStream in = new ClassPathResource(BESTAND).getInputStream()) {
            return JSON.readValue(in, Escalatieladder.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Escalatieladder ontbreekt: " + BESTAND, e);
        }
    }

    /** The instruments of phases 1 up to and including {@code fase}, each once, lowest phase first. */
    List<Instrument> totEnMet(int fase) {
        Map<String, Instrument> uniek = new LinkedHashMap<>();
        instrumenten.stream().filter(i -> i.fase() != Fase.PREVENTIEF && i.niveau() <= fase).forEach(i -> uniek.putIfAbsent(i.naam(), i));
        return List.copyOf(uniek.values());
    }

    List<Instrument> preventief() {
        return instrumenten.stream().filter(i -> i.fase() == Fase.PREVENTIEF).toList();
    }

    java.util.Optional<Instrument> instrument(String naam) {
        return instrumenten.stream().filter(i -> i.naam().equals(naam)).findFirst();
    }

    boolean bestaat(String naam) {
        return instrumenten.stream().anyMatch(i -> i.naam().equals(naam));
    }
}

package nl.samenspel.goedegesprek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A gemeente's norm sets. The first time a gemeente needs norms it gets version 1, the shipped
 * default set; every change is stored as a new version, so a gesprek that used an older version
 * keeps it.
 */
@Component
class Normenbeheer {

    static final String STANDAARD = "goedegesprek/normen-standaard-v1.json";

    private final NormensetRepository normensets;
    private final Clock klok;

    Normenbeheer(NormensetRepository normensets, Clock klok) {
        this.normensets = normensets;
        this.klok = klok;
    }

    @Transactional
    OpgeslagenNormenset huidige(Long gemeenteId) {
        return normensets.findFirstByGemeenteIdOrderByVersieDesc(gemeenteId).orElseGet(() -> normensets.save(
                new OpgeslagenNormenset(null, gemeenteId, 1, "Standaardnormen Samenspel", standaardInhoud(), klok.instant())));
    }

    @Transactional
    OpgeslagenNormenset nieuweVersie(Long gemeenteId, String naam, String inhoud) {
        int versie = huidige(gemeenteId).versie() + 1;
        return normensets.save(new OpgeslagenNormenset(null, gemeenteId, versie, naam, inhoud, klok.instant()));
    }

    OpgeslagenNormenset versie(Long gemeenteId, Long id) {
        return normensets.findByIdAndGemeenteId(id, gemeenteId)
                .orElseThrow(() -> new nl.samenspel.shared.NietGevondenException("Normenset"));
    }

    /** The version a gesprek uses: fixed once it is opened, until then the gemeente's newest. */
    OpgeslagenNormenset vanGesprek(Gesprek gesprek) {
        return gesprek.normensetId() != null ? versie(gesprek.gemeenteId(), gesprek.normensetId()) : huidige(gesprek.gemeenteId());
    }

    static String standaardInhoud() {
        try (var in = new ClassPathResource(STANDAARD).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Standaardnormen ontbreken: " + STANDAARD, e);
        }
    }
}

package nl.samenspel.raad;

import java.math.BigDecimal;
import java.util.List;
import nl.samenspel.gemeente.GemeenteAangemaakt;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference values per gemeente, editable, each with its source. A new gemeente starts with the
 * national averages of the seed (Vos and Otjes 2023, raadsperiode 2018-2022) and the 7,3 fracties
 * of the goede-gesprek vragenlijst; the same set is in migration V20 for existing gemeenten.
 */
@Service
class ReferentieService {

    static final String VOS_OTJES = "Vos & Otjes (2023), Het gebruik van instrumenten door gemeenteraden, raadsperiode 2018-2022";
    static final String ALLE = "alle gemeenten";
    static final String GROOT = "100.000 tot 200.000 inwoners";

    private final ReferentiewaardeRepository referenties;

    ReferentieService(ReferentiewaardeRepository referenties) {
        this.referenties = referenties;
    }

    @EventListener
    void nieuweGemeente(GemeenteAangemaakt gebeurtenis) {
        Long g = gebeurtenis.gemeenteId();
        List.of(
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.FRACTIES, ALLE, new BigDecimal("7.3"),
                        "Vragenlijst Het goede gesprek, item 7: gemiddeld 7,3 fracties per gemeenteraad"),
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.SCHRIFTELIJKE_VRAGEN, ALLE, new BigDecimal(228), VOS_OTJES + " (186 gemeenten)"),
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.SCHRIFTELIJKE_VRAGEN, GROOT, new BigDecimal(363), VOS_OTJES),
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.MOTIES, ALLE, new BigDecimal(183), VOS_OTJES + " (170 gemeenten)"),
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.MOTIES, GROOT, new BigDecimal(298), VOS_OTJES),
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.AMENDEMENTEN, ALLE, new BigDecimal(79), VOS_OTJES + " (94 gemeenten)"),
                new Referentiewaarde(null, g, Referentiewaarde.Indicator.AMENDEMENTEN, GROOT, new BigDecimal(234), VOS_OTJES))
                .forEach(referenties::save);
    }

    List<Referentiewaarde> referenties(Long gemeenteId) {
        return referenties.findByGemeenteIdOrderByIndicatorAscGemeentegrootteAsc(gemeenteId);
    }

    Referentiewaarde referentie(Long gemeenteId, Long id) {
        return referenties.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Referentiewaarde"));
    }

    /** Adds (id null) or changes a reference value. */
    @Transactional
    Referentiewaarde bewaar(Long gemeenteId, Long id, Referentiewaarde.Indicator indicator, String gemeentegrootte, BigDecimal waarde,
            String bron) {
        if (indicator == null) {
            throw new OngeldigVerzoekException("indicator", "Kies een indicator.");
        }
        if (gemeentegrootte == null || gemeentegrootte.isBlank()) {
            throw new OngeldigVerzoekException("gemeentegrootte", "Vul in voor welke gemeenten de waarde geldt, bijvoorbeeld 'alle gemeenten'.");
        }
        if (waarde == null || waarde.signum() < 0 || waarde.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new OngeldigVerzoekException("waarde", "Vul een waarde van 0 of meer in.");
        }
        if (bron == null || bron.isBlank()) {
            throw new OngeldigVerzoekException("bron", "Vermeld de bron van de referentiewaarde.");
        }
        Long bestaand = id == null ? null : referentie(gemeenteId, id).id();
        boolean dubbel = referenties(gemeenteId).stream().anyMatch(r -> !r.id().equals(bestaand) && r.indicator() == indicator
                && r.gemeentegrootte().equalsIgnoreCase(gemeentegrootte.strip()));
        if (dubbel) {
            throw new OngeldigVerzoekException("gemeentegrootte", "Voor deze indicator en gemeentegrootte is er al een waarde.");
        }
        return referenties.save(new Referentiewaarde(bestaand, gemeenteId, indicator, gemeentegrootte.strip(), waarde, bron.strip()));
    }

    @Transactional
    void verwijder(Long gemeenteId, Long id) {
        referenties.delete(referentie(gemeenteId, id));
    }
}

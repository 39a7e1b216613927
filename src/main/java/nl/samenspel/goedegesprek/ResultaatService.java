package nl.samenspel.goedegesprek;

import java.util.List;
import java.util.Optional;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;

/** Computes a gesprek's results from its submitted deelnames and the norm set it was opened with. */
@Service
class ResultaatService {

    static final Vragenlijst VRAGENLIJST = VragenlijstLezer.standaard();

    private final GesprekService gesprekken;
    private final Normenbeheer normen;

    ResultaatService(GesprekService gesprekken, Normenbeheer normen) {
        this.gesprekken = gesprekken;
        this.normen = normen;
    }

    Interpretatie.Resultaat resultaat(Gesprek gesprek) {
        if (gesprek.status() != Gespreksstatus.GESLOTEN) {
            throw new OngeldigVerzoekException(null, "De resultaten verschijnen zodra het gesprek is gesloten.");
        }
        Normen gebruikteNormen = Normen.lees(normen.versie(gesprek.gemeenteId(), gesprek.normensetId()).inhoud());
        List<Interpretatie.Invulling> invullingen = gesprekken.deelnames(gesprek).stream()
                .filter(Deelname::isIngediend)
                .map(d -> new Interpretatie.Invulling(d.naam(), d.groep(), waarden(d)))
                .toList();
        return Interpretatie.bereken(VRAGENLIJST, gebruikteNormen, gesprek.zichtbaarheid(), invullingen);
    }

    /** The closed gesprek before this one, for the trend. */
    Optional<Gesprek> vorige(Gesprek gesprek) {
        return gesprekken.gesprekken(gesprek.gemeenteId()).stream()
                .filter(g -> g.status() == Gespreksstatus.GESLOTEN && g.datum().isBefore(gesprek.datum()))
                .findFirst();
    }

    private static java.util.Map<Integer, Integer> waarden(Deelname deelname) {
        java.util.Map<Integer, Integer> waarden = new java.util.HashMap<>();
        deelname.antwoorden().forEach((item, antwoord) -> waarden.put(item, antwoord.waarde()));
        return waarden;
    }
}

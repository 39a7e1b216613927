package nl.samenspel.goedegesprek;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.raad.RaadsfeitenService;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;

/** Computes a gesprek's results from its submitted deelnames and the norm set it was opened with. */
@Service
class ResultaatService {

    static final Vragenlijst VRAGENLIJST = VragenlijstLezer.standaard();
    static final Escalatieladder LADDER = Escalatieladder.standaard();

    private final GesprekService gesprekken;
    private final Normenbeheer normen;
    private final GesprekActieRepository acties;
    private final RaadsfeitenService raadsfeiten;

    ResultaatService(GesprekService gesprekken, Normenbeheer normen, GesprekActieRepository acties, RaadsfeitenService raadsfeiten) {
        this.gesprekken = gesprekken;
        this.normen = normen;
        this.acties = acties;
        this.raadsfeiten = raadsfeiten;
    }

    Interpretatie.Resultaat resultaat(Gesprek gesprek) {
        if (gesprek.status() != Gespreksstatus.GESLOTEN) {
            throw new OngeldigVerzoekException(null, "De resultaten verschijnen zodra het gesprek is gesloten.");
        }
        Normen gebruikteNormen = Normen.lees(normenset(gesprek).inhoud());
        List<Interpretatie.Invulling> invullingen = gesprekken.deelnames(gesprek).stream()
                .filter(Deelname::isIngediend)
                .map(d -> new Interpretatie.Invulling(d.naam(), d.groep(), waarden(d)))
                .toList();
        return Interpretatie.bereken(VRAGENLIJST, gebruikteNormen, gesprek.zichtbaarheid(), invullingen);
    }

    OpgeslagenNormenset normenset(Gesprek gesprek) {
        return normen.versie(gesprek.gemeenteId(), gesprek.normensetId());
    }

    /** Everything the result page and its PDF show, under the names the templates use. */
    Map<String, Object> weergave(Gesprek gesprek) {
        Interpretatie.Resultaat resultaat = resultaat(gesprek);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("gesprek", gesprek);
        model.put("resultaat", resultaat);
        model.put("normenset", normenset(gesprek));
        model.put("vragenlijst", VRAGENLIJST);
        model.put("acties", acties.findByGesprekIdOrderById(gesprek.id()));
        if (resultaat.getoond()) {
            model.put("instrumenten", LADDER.totEnMet(Math.max(1, resultaat.faseadvies().fase())));
            model.put("preventief", LADDER.preventief());
            // Items 1, 6, 7 and 8 ask about facts the raad module counts: set them side by side.
            raadsfeiten.raadsfeiten(gesprek.gemeenteId(), gesprek.datum()).ifPresent(feiten -> model.put("raadsfeiten", feiten));
            vorige(gesprek).ifPresent(vorige -> {
                Interpretatie.Resultaat eerder = resultaat(vorige);
                if (eerder.getoond()) {
                    model.put("trend", Trend.vergelijk(vorige.titel(), eerder, resultaat));
                }
            });
        }
        return model;
    }

    /** The closed gesprek before this one, for the trend. */
    Optional<Gesprek> vorige(Gesprek gesprek) {
        return gesprekken.gesprekken(gesprek.gemeenteId()).stream()
                .filter(g -> g.status() == Gespreksstatus.GESLOTEN && g.datum().isBefore(gesprek.datum()))
                .findFirst();
    }

    private static Map<Integer, Integer> waarden(Deelname deelname) {
        Map<Integer, Integer> waarden = new HashMap<>();
        deelname.antwoorden().forEach((item, antwoord) -> waarden.put(item, antwoord.waarde()));
        return waarden;
    }
}

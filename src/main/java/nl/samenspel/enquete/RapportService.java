package nl.samenspel.enquete;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.gemeente.Afdeling;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;

/**
 * Builds a meting's report from aggregates the database computes (counts per afdeling, question
 * and answer), so memory stays flat however many responses there are. Reports exist only for a
 * closed meting: a report that grows while people answer could be subtracted from its next version.
 */
@Service("enqueteRapportService")
class RapportService {

    private final MetingService metingen;
    private final ResponsOpslag opslag;
    private final AfdelingService afdelingen;
    private final Drempels drempels;

    RapportService(MetingService metingen, ResponsOpslag opslag, AfdelingService afdelingen, Drempels drempels) {
        this.metingen = metingen;
        this.opslag = opslag;
        this.afdelingen = afdelingen;
        this.drempels = drempels;
    }

    Rapport rapport(Meting meting, Set<Long> selectie) {
        if (meting.effectieveStatus(metingen.vandaag()) != Meting.Status.GESLOTEN) {
            throw new OngeldigVerzoekException(null, "Het rapport verschijnt zodra de meting is gesloten.");
        }
        Map<Long, String> namen = afdelingen.vanGemeente(meting.gemeenteId()).stream()
                .collect(Collectors.toMap(Afdeling::id, Afdeling::naam));
        List<Rapportberekening.Afdelingsgegevens> gegevens = meting.afdelingen().stream()
                .map(a -> new Rapportberekening.Afdelingsgegevens(a.afdelingId(), namen.getOrDefault(a.afdelingId(), "?"), a.medewerkers()))
                .sorted(java.util.Comparator.comparing(Rapportberekening.Afdelingsgegevens::naam))
                .toList();
        Drempels.Instelling drempel = drempels.van(meting.gemeenteId());
        Map<Long, Integer> respondenten = opslag.respondentenPerAfdeling(meting.id());
        int totaal = respondenten.values().stream().mapToInt(Integer::intValue).sum();
        boolean opmerkingenLezen = totaal >= drempel.minimaleGroep() && Anonimiteitsdrempel.opmerkingenTonen(totaal,
                drempel.minimaleGroepOpmerkingen());
        return Rapportberekening.bereken(new Rapportberekening.Invoer(meting.instrument(), gegevens, respondenten,
                opslag.tellingen(meting.id()), drempel.minimaleGroep(), drempel.minimaleGroepOpmerkingen(),
                opslag.aantalOpmerkingen(meting.id()), opmerkingenLezen ? opslag.opmerkingen(meting.id()) : List.of(),
                selectie == null ? Set.of() : selectie));
    }

    /** The closed meting before this one (by start date), for the trend. */
    Optional<Meting> vorige(Meting meting) {
        return metingen.metingen(meting.gemeenteId()).stream()
                .filter(m -> m.effectieveStatus(metingen.vandaag()) == Meting.Status.GESLOTEN && m.startdatum().isBefore(meting.startdatum()))
                .findFirst();
    }

    Optional<Trend.Vergelijking> trend(Meting meting, Rapport huidig) {
        return vorige(meting).map(v -> Trend.vergelijk(v.titel(), rapport(v, Set.of()), huidig));
    }
}

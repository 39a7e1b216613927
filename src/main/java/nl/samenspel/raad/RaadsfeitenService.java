package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The public face of the raad module for het goede gesprek: council facts on a date. */
@Service
public class RaadsfeitenService {

    private final RegisterService register;
    private final RapportService rapporten;
    private final Instrumenten instrumenten;
    private final ReferentiewaardeRepository referenties;

    RaadsfeitenService(RegisterService register, RapportService rapporten, Instrumenten instrumenten,
            ReferentiewaardeRepository referenties) {
        this.register = register;
        this.rapporten = rapporten;
        this.instrumenten = instrumenten;
        this.referenties = referenties;
    }

    /**
     * The facts of the raadsperiode that holds {@code peildatum} (or else the last one begun before
     * it), counted up to and including the peildatum. Empty when the gemeente has no raadsperiode
     * or no partijen registered.
     */
    public Optional<Raadsfeiten> raadsfeiten(Long gemeenteId, LocalDate peildatum) {
        Map<Long, Partij> partijen = register.partijenPerId(gemeenteId);
        Optional<Raadsperiode> gevonden = register.periodes(gemeenteId).stream().filter(p -> !p.beginDatum().isAfter(peildatum))
                .max(Comparator.comparing(Raadsperiode::beginDatum));
        if (partijen.isEmpty() || gevonden.isEmpty()) {
            return Optional.empty();
        }
        Raadsperiode periode = gevonden.get();
        LocalDate tot = peildatum.isBefore(periode.eindDatum()) ? peildatum : periode.eindDatum();
        Raadsanalyse analyse = Raadsanalyse.van(instrumenten.indieningen(gemeenteId, periode.beginDatum(), tot),
                register.coalitieleden(gemeenteId));
        Uitkomsttabel moties = analyse.moties();
        Uitkomsttabel amendementen = analyse.amendementen();
        int coalitie = moties.totaal(Kamp.COALITIE) + amendementen.totaal(Kamp.COALITIE);
        int oppositie = moties.totaal(Kamp.OPPOSITIE) + amendementen.totaal(Kamp.OPPOSITIE);
        int gemengd = moties.totaal(Kamp.GEMENGD) + amendementen.totaal(Kamp.GEMENGD);
        Integer procentCoalitie = Percentage.heel(moties.aantal(Kamp.COALITIE, Uitkomst.AANGENOMEN)
                + amendementen.aantal(Kamp.COALITIE, Uitkomst.AANGENOMEN), coalitie);
        Integer procentOppositie = Percentage.heel(moties.aantal(Kamp.OPPOSITIE, Uitkomst.AANGENOMEN)
                + amendementen.aantal(Kamp.OPPOSITIE, Uitkomst.AANGENOMEN), oppositie);
        Integer verschil = procentCoalitie == null || procentOppositie == null ? null : procentCoalitie - procentOppositie;

        List<Coalitie> coalities = register.coalities(gemeenteId);
        int beeindigd = (int) coalities.stream().filter(c -> c.eindDatum() != null && !c.eindDatum().isBefore(periode.beginDatum())
                && !c.eindDatum().isAfter(tot)).count();
        List<Raadsfeiten.Vertrek> vertrokken = coalities.stream().flatMap(c -> c.vertrokken().stream()
                        .filter(p -> !p.tot().isBefore(periode.beginDatum()) && !p.tot().isAfter(tot))
                        .map(p -> new Raadsfeiten.Vertrek(RapportService.naam(partijen, p.partijId()), c.naam(), p.tot())))
                .sorted(Comparator.comparing(Raadsfeiten.Vertrek::datum)).toList();

        List<Fractie> fractiesOp = register.fractiesOp(gemeenteId, peildatum);
        Integer fracties = !fractiesOp.isEmpty() ? Integer.valueOf(fractiesOp.size())
                : rapporten.verkiezingVan(gemeenteId, periode).map(v -> RapportService.verdeling(v, partijen).fracties()).orElse(null);
        Optional<Referentiewaarde> referentie = referenties.findByGemeenteIdOrderByIndicatorAscGemeentegrootteAsc(gemeenteId).stream()
                .filter(r -> r.indicator() == Referentiewaarde.Indicator.FRACTIES).findFirst();
        List<Raadsfeiten.Afsplitsing> afsplitsingen = register.afsplitsingen(gemeenteId, periode.beginDatum(), tot).stream()
                .map(f -> new Raadsfeiten.Afsplitsing(RapportService.naam(partijen, f.partijId()),
                        RapportService.naam(partijen, f.afgesplitstVan()), f.zetels(), f.vanaf()))
                .toList();
        return Optional.of(new Raadsfeiten(periode.naam(), periode.beginDatum(), periode.eindDatum(), peildatum, coalitie, oppositie,
                gemengd, procentCoalitie, procentOppositie, verschil, beeindigd, vertrokken, fracties,
                referentie.map(Referentiewaarde::waarde).orElse(null), referentie.map(Referentiewaarde::bron).orElse(null), afsplitsingen));
    }
}

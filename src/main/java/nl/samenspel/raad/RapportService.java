package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds the period report and the view over elections from the registry and the instruments. */
@Service("raadRapportService")
class RapportService {

    /** The election of a period: the last one held before the period began, or within this many days after. */
    static final int VERKIEZING_MARGE_DAGEN = 90;

    private final RegisterService register;
    private final Instrumenten instrumenten;
    private final ReferentiewaardeRepository referenties;

    RapportService(RegisterService register, Instrumenten instrumenten, ReferentiewaardeRepository referenties) {
        this.register = register;
        this.instrumenten = instrumenten;
        this.referenties = referenties;
    }

    Periodeoverzicht periode(Long gemeenteId, Long periodeId) {
        return overzicht(gemeenteId, register.periode(gemeenteId, periodeId));
    }

    Periodeoverzicht overzicht(Long gemeenteId, Raadsperiode periode) {
        Map<Long, Partij> partijen = register.partijenPerId(gemeenteId);
        Raadsanalyse analyse = Raadsanalyse.van(instrumenten.indieningen(gemeenteId, periode.beginDatum(), periode.eindDatum()),
                register.coalitieleden(gemeenteId));
        Optional<Verkiezing> verkiezing = verkiezingVan(gemeenteId, periode);
        List<Periodeoverzicht.Coalitiebeeld> coalities = register.coalities(gemeenteId).stream()
                .filter(c -> !c.beginDatum().isAfter(periode.eindDatum()) && (c.eindDatum() == null || c.eindDatum().isAfter(periode.beginDatum())))
                .map(c -> coalitiebeeld(gemeenteId, c, partijen)).toList();
        List<Periodeoverzicht.Afsplitsing> afsplitsingen = register.afsplitsingen(gemeenteId, periode.beginDatum(), periode.eindDatum())
                .stream().map(f -> new Periodeoverzicht.Afsplitsing(naam(partijen, f.partijId()), naam(partijen, f.afgesplitstVan()),
                        f.zetels(), f.vanaf())).toList();
        return new Periodeoverzicht(periode, analyse.vragen().rijen(), analyse.vragen().totaal(), analyse.amendementen().rijen(),
                analyse.amendementen().totaal(), analyse.moties().rijen(), analyse.moties().totaal(),
                verkiezing.map(v -> beeld(v, partijen)).orElse(null), coalities, afsplitsingen,
                vergelijkingen(gemeenteId, analyse, verkiezing.map(v -> verdeling(v, partijen).fracties()).orElse(null)));
    }

    Optional<Verkiezing> verkiezingVan(Long gemeenteId, Raadsperiode periode) {
        LocalDate grens = periode.beginDatum().plusDays(VERKIEZING_MARGE_DAGEN);
        return register.verkiezingen(gemeenteId).stream().filter(v -> !v.datum().isAfter(grens))
                .max(Comparator.comparing(Verkiezing::datum));
    }

    List<Periodeoverzicht.Verkiezingsbeeld> verkiezingen(Long gemeenteId) {
        Map<Long, Partij> partijen = register.partijenPerId(gemeenteId);
        return register.verkiezingen(gemeenteId).stream().map(v -> beeld(v, partijen)).toList();
    }

    List<Periodeoverzicht.Coalitiebeeld> coalities(Long gemeenteId) {
        Map<Long, Partij> partijen = register.partijenPerId(gemeenteId);
        return register.coalities(gemeenteId).stream().map(c -> coalitiebeeld(gemeenteId, c, partijen)).toList();
    }

    static Zetelverdeling verdeling(Verkiezing verkiezing, Map<Long, Partij> partijen) {
        Set<Long> lokaal = partijen.values().stream().filter(Partij::isLokaal).map(Partij::id).collect(Collectors.toSet());
        return new Zetelverdeling(verkiezing.zetelsPerPartij(), lokaal);
    }

    private static Periodeoverzicht.Verkiezingsbeeld beeld(Verkiezing verkiezing, Map<Long, Partij> partijen) {
        Zetelverdeling z = verdeling(verkiezing, partijen);
        String grootste = z.zetels().entrySet().stream().filter(e -> e.getValue() == z.grootsteFractie())
                .map(e -> naam(partijen, e.getKey())).sorted().collect(Collectors.joining(", "));
        return new Periodeoverzicht.Verkiezingsbeeld(verkiezing.id(), verkiezing.datum(), z.totaal(), z.fracties(), z.lokaleFracties(),
                z.lokaalProcent(), z.landelijkProcent(), z.effectiefAantalPartijen(), grootste, z.grootsteProcent());
    }

    private Periodeoverzicht.Coalitiebeeld coalitiebeeld(Long gemeenteId, Coalitie coalitie, Map<Long, Partij> partijen) {
        List<Long> bijStart = coalitie.partijen().stream().filter(p -> p.vanaf().equals(coalitie.beginDatum()))
                .map(Coalitie.Coalitiepartij::partijId).toList();
        Optional<Verkiezing> ervoor = register.verkiezingen(gemeenteId).stream().filter(v -> !v.datum().isAfter(coalitie.beginDatum()))
                .max(Comparator.comparing(Verkiezing::datum));
        int zetels = ervoor.map(v -> verdeling(v, partijen).zetelsVan(bijStart)).orElse(0);
        int raad = ervoor.map(v -> verdeling(v, partijen).totaal()).orElse(0);
        List<Periodeoverzicht.Vertrek> vertrokken = coalitie.vertrokken().stream()
                .sorted(Comparator.comparing(Coalitie.Coalitiepartij::tot))
                .map(p -> new Periodeoverzicht.Vertrek(naam(partijen, p.partijId()), p.tot())).toList();
        return new Periodeoverzicht.Coalitiebeeld(coalitie.id(), coalitie.naam(), coalitie.beginDatum(), coalitie.eindDatum(),
                bijStart.stream().map(id -> naam(partijen, id)).sorted().toList(), zetels, raad, vertrokken);
    }

    private List<Periodeoverzicht.Vergelijking> vergelijkingen(Long gemeenteId, Raadsanalyse analyse, Integer fracties) {
        List<Periodeoverzicht.Vergelijking> lijst = new ArrayList<>();
        for (Referentiewaarde referentie : referenties.findByGemeenteIdOrderByIndicatorAscGemeentegrootteAsc(gemeenteId)) {
            Number eigen = switch (referentie.indicator()) {
                case FRACTIES -> fracties;
                case MOTIES -> analyse.moties().totaal();
                case AMENDEMENTEN -> analyse.amendementen().totaal();
                case SCHRIFTELIJKE_VRAGEN -> analyse.vragen().totaal();
            };
            lijst.add(new Periodeoverzicht.Vergelijking(referentie.indicator(), eigen, referentie));
        }
        return lijst;
    }

    static String naam(Map<Long, Partij> partijen, Long id) {
        Partij partij = id == null ? null : partijen.get(id);
        return partij == null ? "?" : partij.naam();
    }
}

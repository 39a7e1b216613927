package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of one gemeente: partijen, verkiezingen, fracties, raadsperiodes and coalities. */
@Service
class RegisterService {

    static final int MAX_ZETELS = 45;

    private final PartijRepository partijen;
    private final VerkiezingRepository verkiezingen;
    private final FractieRepository fracties;
    private final RaadsperiodeRepository periodes;
    private final CoalitieRepository coalities;
    private final Instrumenten instrumenten;

    RegisterService(PartijRepository partijen, VerkiezingRepository verkiezingen, FractieRepository fracties,
            RaadsperiodeRepository periodes, CoalitieRepository coalities, Instrumenten instrumenten) {
        this.partijen = partijen;
        this.verkiezingen = verkiezingen;
        this.fracties = fracties;
        this.periodes = periodes;
        this.coalities = coalities;
        this.instrumenten = instrumenten;
    }

    // --- partijen

    List<Partij> partijen(Long gemeenteId) {
        return partijen.findByGemeenteIdOrderByNaam(gemeenteId);
    }

    Map<Long, Partij> partijenPerId(Long gemeenteId) {
        return partijen(gemeenteId).stream().collect(Collectors.toMap(Partij::id, p -> p));
    }

    Partij partij(Long gemeenteId, Long id) {
        return partijen.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Partij"));
    }

    @Transactional
    Partij bewaarPartij(Long gemeenteId, Long id, PartijGegevens gegevens) {
        Long bestaand = id == null ? null : partij(gemeenteId, id).id();
        String naam = verplicht(gegevens.naam(), "naam", "Vul de naam van de partij in.");
        if (naam.length() > 200) {
            throw new OngeldigVerzoekException("naam", "De naam is langer dan 200 tekens.");
        }
        partijen.findByGemeenteIdAndNaam(gemeenteId, naam).filter(p -> !p.id().equals(id)).ifPresent(p -> {
            throw new OngeldigVerzoekException("naam", "Er is al een partij met de naam '%s'.".formatted(naam));
        });
        if (gegevens.soort() == null) {
            throw new OngeldigVerzoekException("soort", "Kies of de partij lokaal of landelijk is.");
        }
        return partijen.save(new Partij(bestaand, gemeenteId, naam, leegIsNull(gegevens.afkorting()), gegevens.soort(),
                leegIsNull(gegevens.aliassen())));
    }

    @Transactional
    void verwijderPartij(Long gemeenteId, Long id) {
        Partij partij = partij(gemeenteId, id);
        if (gebruik(gemeenteId, id).inGebruik()) {
            throw new OngeldigVerzoekException(null, "Partij %s komt voor in verkiezingen, fracties, coalities of moties en kan niet worden verwijderd."
                    .formatted(partij.naam()));
        }
        instrumenten.verwijderOngebruikteCombinaties(id);
        partijen.delete(partij);
    }

    Partijgebruik gebruik(Long gemeenteId, Long id) {
        return new Partijgebruik(
                verkiezingen.findByGemeenteIdOrderByDatum(gemeenteId).stream().filter(v -> v.zetels(id) > 0).map(Verkiezing::datum).toList(),
                (int) fracties(gemeenteId).stream().filter(f -> id.equals(f.partijId()) || id.equals(f.afgesplitstVan())).count(),
                coalities(gemeenteId).stream().filter(c -> c.partijIds().contains(id)).map(Coalitie::naam).toList(),
                instrumenten.aantalMetPartij(id));
    }

    // --- verkiezingen and fracties

    List<Verkiezing> verkiezingen(Long gemeenteId) {
        return verkiezingen.findByGemeenteIdOrderByDatum(gemeenteId);
    }

    Verkiezing verkiezing(Long gemeenteId, Long id) {
        return verkiezingen.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Verkiezing"));
    }

    /** Adds an election or replaces its result; partijen not named get no seats. */
    @Transactional
    Verkiezing bewaarUitslag(Long gemeenteId, LocalDate datum, Map<Long, Integer> zetels) {
        if (datum == null) {
            throw new OngeldigVerzoekException("datum", "Vul de datum van de verkiezing in.");
        }
        Set<Verkiezing.Verkiezingsuitslag> uitslag = new HashSet<>();
        int totaal = 0;
        for (var entry : zetels.entrySet()) {
            partij(gemeenteId, entry.getKey());
            int aantal = entry.getValue() == null ? 0 : entry.getValue();
            if (aantal < 0 || aantal > MAX_ZETELS) {
                throw new OngeldigVerzoekException("zetels", "Een aantal zetels ligt tussen 0 en %d.".formatted(MAX_ZETELS));
            }
            totaal += aantal;
            if (aantal > 0) {
                uitslag.add(new Verkiezing.Verkiezingsuitslag(entry.getKey(), aantal));
            }
        }
        if (totaal > MAX_ZETELS) {
            throw new OngeldigVerzoekException("zetels", "Samen %d zetels: een gemeenteraad heeft er hoogstens %d.".formatted(totaal, MAX_ZETELS));
        }
        Long id = verkiezingen.findByGemeenteIdAndDatum(gemeenteId, datum).map(Verkiezing::id).orElse(null);
        return verkiezingen.save(new Verkiezing(id, gemeenteId, datum, uitslag));
    }

    @Transactional
    void verwijderVerkiezing(Long gemeenteId, Long id) {
        verkiezingen.delete(verkiezing(gemeenteId, id));
    }

    List<Fractie> fracties(Long gemeenteId) {
        return fracties.findByGemeenteIdOrderByVanafAscIdAsc(gemeenteId);
    }

    List<Fractie> fractiesOp(Long gemeenteId, LocalDate datum) {
        return fracties(gemeenteId).stream().filter(f -> f.geldtOp(datum) && f.zetels() > 0).toList();
    }

    /** The new raad from an election: every open fractie ends on the election day, the winners start then. */
    @Transactional
    List<Fractie> fractiesUitVerkiezing(Long gemeenteId, Long verkiezingId) {
        Verkiezing verkiezing = verkiezing(gemeenteId, verkiezingId);
        LocalDate dag = verkiezing.datum();
        for (Fractie fractie : fracties(gemeenteId)) {
            if (!fractie.vanaf().isBefore(dag)) {
                fracties.delete(fractie);
            } else if (fractie.tot() == null || fractie.tot().isAfter(dag)) {
                fracties.save(fractie.beeindigdOp(dag));
            }
        }
        verkiezing.uitslag().forEach(u -> fracties.save(new Fractie(null, gemeenteId, u.partijId(), u.zetels(), dag, null, null)));
        return fractiesOp(gemeenteId, dag);
    }

    /**
     * An afsplitsing: {@code zetels} members leave the fractie of {@code moeder} on {@code datum} and
     * form a new fractie (registered as a new lokale partij when the name is new).
     */
    @Transactional
    Fractie afsplitsing(Long gemeenteId, Long moeder, String naam, int zetels, LocalDate datum) {
        Partij moederpartij = partij(gemeenteId, moeder);
        if (datum == null) {
            throw new OngeldigVerzoekException("datum", "Vul de datum van de afsplitsing in.");
        }
        Fractie huidig = fractiesOp(gemeenteId, datum).stream().filter(f -> f.partijId().equals(moeder)).findFirst()
                .orElseThrow(() -> new OngeldigVerzoekException("moeder", "%s heeft op %s geen fractie in de raad."
                        .formatted(moederpartij.naam(), datum)));
        if (zetels < 1 || zetels > huidig.zetels()) {
            throw new OngeldigVerzoekException("zetels", "Er splitsen 1 tot %d zetels af van %s.".formatted(huidig.zetels(), moederpartij.naam()));
        }
        String nieuweNaam = verplicht(naam, "naam", "Vul de naam van de nieuwe fractie in.");
        Partij nieuw = partijen.findByGemeenteIdAndNaam(gemeenteId, nieuweNaam)
                .orElseGet(() -> partijen.save(new Partij(null, gemeenteId, nieuweNaam, null, Partij.Partijsoort.LOKAAL, null)));
        if (huidig.vanaf().equals(datum)) {
            fracties.delete(huidig);
        } else {
            fracties.save(huidig.beeindigdOp(datum));
        }
        if (huidig.zetels() > zetels) {
            fracties.save(new Fractie(null, gemeenteId, moeder, huidig.zetels() - zetels, datum, huidig.tot(), huidig.afgesplitstVan()));
        }
        return fracties.save(new Fractie(null, gemeenteId, nieuw.id(), zetels, datum, huidig.tot(), moeder));
    }

    List<Fractie> afsplitsingen(Long gemeenteId, LocalDate van, LocalDate tot) {
        return fracties(gemeenteId).stream()
                .filter(f -> f.afgesplitstVan() != null && !f.vanaf().isBefore(van) && !f.vanaf().isAfter(tot)).toList();
    }

    // --- raadsperiodes

    List<Raadsperiode> periodes(Long gemeenteId) {
        return periodes.findByGemeenteIdOrderByBeginDatum(gemeenteId);
    }

    Raadsperiode periode(Long gemeenteId, Long id) {
        return periodes.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Raadsperiode"));
    }

    @Transactional
    Raadsperiode voegPeriodeToe(Long gemeenteId, String naam, LocalDate begin, LocalDate einde) {
        String schoon = verplicht(naam, "naam", "Vul een naam in, bijvoorbeeld 2022-2026.");
        if (begin == null || einde == null) {
            throw new OngeldigVerzoekException("begin", "Vul begin- en einddatum in.");
        }
        if (einde.isBefore(begin)) {
            throw new OngeldigVerzoekException("einde", "De einddatum ligt voor de begindatum.");
        }
        if (periodes(gemeenteId).stream().anyMatch(p -> p.naam().equalsIgnoreCase(schoon))) {
            throw new OngeldigVerzoekException("naam", "Er is al een raadsperiode '%s'.".formatted(schoon));
        }
        return periodes.save(new Raadsperiode(null, gemeenteId, schoon, begin, einde));
    }

    @Transactional
    void verwijderPeriode(Long gemeenteId, Long id) {
        periodes.delete(periode(gemeenteId, id));
    }

    // --- coalities

    List<Coalitie> coalities(Long gemeenteId) {
        return coalities.findByGemeenteIdOrderByBeginDatum(gemeenteId);
    }

    Coalitie coalitie(Long gemeenteId, Long id) {
        return coalities.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Coalitie"));
    }

    Coalitieleden coalitieleden(Long gemeenteId) {
        return new Coalitieleden(coalities(gemeenteId).stream().flatMap(c -> c.partijen().stream())
                .map(Coalitie.Coalitiepartij::alsLidmaatschap).toList());
    }

    @Transactional
    Coalitie voegCoalitieToe(Long gemeenteId, String naam, LocalDate begin, List<Long> partijIds) {
        String schoon = verplicht(naam, "naam", "Vul een naam in, bijvoorbeeld Coalitie 2022.");
        if (begin == null) {
            throw new OngeldigVerzoekException("begin", "Vul de begindatum in.");
        }
        if (partijIds == null || partijIds.isEmpty()) {
            throw new OngeldigVerzoekException("partijen", "Kies de partijen van de coalitie.");
        }
        Set<Coalitie.Coalitiepartij> leden = new HashSet<>();
        for (Long partijId : new HashSet<>(partijIds)) {
            partij(gemeenteId, partijId);
            leden.add(new Coalitie.Coalitiepartij(partijId, begin, null));
        }
        return coalities.save(new Coalitie(null, gemeenteId, schoon, begin, null, leden));
    }

    /** A partij leaves on {@code datum}: from that day it counts as oppositie. */
    @Transactional
    Coalitie partijVertrekt(Long gemeenteId, Long coalitieId, Long partijId, LocalDate datum) {
        Coalitie coalitie = coalitie(gemeenteId, coalitieId);
        if (datum == null) {
            throw new OngeldigVerzoekException("datum", "Vul de datum van vertrek in.");
        }
        Coalitie.Coalitiepartij lid = coalitie.partijen().stream().filter(p -> p.partijId().equals(partijId) && p.tot() == null)
                .findFirst().orElseThrow(() -> new OngeldigVerzoekException("partij", "Deze partij is geen zittend lid van de coalitie."));
        if (!datum.isAfter(lid.vanaf())) {
            throw new OngeldigVerzoekException("datum", "De datum van vertrek ligt na het begin van het lidmaatschap (%s).".formatted(lid.vanaf()));
        }
        Set<Coalitie.Coalitiepartij> leden = new HashSet<>(coalitie.partijen());
        leden.remove(lid);
        leden.add(new Coalitie.Coalitiepartij(partijId, lid.vanaf(), datum));
        return coalities.save(new Coalitie(coalitie.id(), gemeenteId, coalitie.naam(), coalitie.beginDatum(), coalitie.eindDatum(), leden));
    }

    /** The coalitie ends on {@code datum} (the first day without it); sitting members leave then. */
    @Transactional
    Coalitie beeindigCoalitie(Long gemeenteId, Long coalitieId, LocalDate datum) {
        Coalitie coalitie = coalitie(gemeenteId, coalitieId);
        if (datum == null || !datum.isAfter(coalitie.beginDatum())) {
            throw new OngeldigVerzoekException("datum", "De einddatum ligt na de begindatum (%s).".formatted(coalitie.beginDatum()));
        }
        Set<Coalitie.Coalitiepartij> leden = coalitie.partijen().stream()
                .filter(p -> p.vanaf().isBefore(datum))
                .map(p -> p.tot() == null || p.tot().isAfter(datum) ? new Coalitie.Coalitiepartij(p.partijId(), p.vanaf(), datum) : p)
                .collect(Collectors.toSet());
        return coalities.save(new Coalitie(coalitie.id(), gemeenteId, coalitie.naam(), coalitie.beginDatum(), datum, leden));
    }

    @Transactional
    void verwijderCoalitie(Long gemeenteId, Long id) {
        coalities.delete(coalitie(gemeenteId, id));
    }

    private static String verplicht(String waarde, String veld, String melding) {
        if (waarde == null || waarde.isBlank()) {
            throw new OngeldigVerzoekException(veld, melding);
        }
        return waarde.strip();
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    record PartijGegevens(String naam, String afkorting, Partij.Partijsoort soort, String aliassen) {
    }
}

package nl.samenspel.gemeente;

import java.util.List;
import java.util.Set;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gemeenten: created by a platformbeheerder, kept up to date by the gemeente's beheerder. */
@Service
public class GemeenteService {

    private final GemeenteRepository gemeenten;
    private final GebruikerService gebruikers;
    private final ApplicationEventPublisher gebeurtenissen;

    GemeenteService(GemeenteRepository gemeenten, GebruikerService gebruikers, ApplicationEventPublisher gebeurtenissen) {
        this.gemeenten = gemeenten;
        this.gebruikers = gebruikers;
        this.gebeurtenissen = gebeurtenissen;
    }

    public Gemeente gemeente(Long id) {
        return gemeenten.findById(id).orElseThrow(() -> new NietGevondenException("Gemeente"));
    }

    public List<Gemeente> alle() {
        return gemeenten.findAllByOrderByNaam();
    }

    public boolean heeftGemeenten() {
        return gemeenten.count() > 0;
    }

    /** A new tenant with its first beheerder account, who then manages everything else. */
    @Transactional
    public Gemeente maak(GemeenteGegevens gegevens, NieuweGebruiker eersteBeheerder) {
        gemeenten.findByCbsCode(gegevens.cbsCode()).ifPresent(bestaand -> {
            throw new OngeldigVerzoekException("cbsCode",
                    "Er bestaat al een gemeente met CBS-code %s (%s).".formatted(gegevens.cbsCode(), bestaand.naam()));
        });
        Gemeente gemeente = gemeenten.save(new Gemeente(null, gegevens.naam().strip(), gegevens.cbsCode(),
                gegevens.inwonertal(), gegevens.raadszetels()));
        gebruikers.maak(gemeente.id(), eersteBeheerder.metRollen(Set.of(Rol.BEHEERDER)));
        gebeurtenissen.publishEvent(new GemeenteAangemaakt(gemeente.id()));
        return gemeente;
    }

    /** The CBS-code identifies the gemeente and is not changed here. */
    @Transactional
    public Gemeente wijzig(Long id, GemeenteGegevens gegevens) {
        Gemeente gemeente = gemeente(id);
        return gemeenten.save(gemeente.metGegevens(gegevens.naam().strip(), gegevens.inwonertal(), gegevens.raadszetels()));
    }
}

package nl.samenspel.enquete;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The comparison across gemeenten. Taking part is the beheerder's choice and works both ways: only
 * a gemeente that takes part sees the comparison. The figures come from the totals of each
 * gemeente's latest closed meting, never from responses.
 */
@Service
class VergelijkingService {

    /** What the page and the API show: whether the gemeente takes part, its latest meting counted, and the comparison. */
    record Overzicht(boolean neemtDeel, int deelnemers, Totalen.Laatste eigenMeting, Vergelijking.Uitkomst uitkomst) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(VergelijkingService.class);

    private final Totalen totalen;
    private final MetingService metingen;
    private final TransactionTemplate apart;

    VergelijkingService(Totalen totalen, MetingService metingen, PlatformTransactionManager transacties) {
        this.totalen = totalen;
        this.metingen = metingen;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Closing a meting fixes its totals in the same transaction. */
    @EventListener
    void gesloten(MetingGesloten gesloten) {
        totalen.legVast(gesloten.metingId());
    }

    Overzicht overzicht(Sessiegebruiker gebruiker) {
        vereisLezer(gebruiker);
        boolean neemtDeel = totalen.neemtDeel(gebruiker.gemeenteId());
        if (!neemtDeel) {
            return new Overzicht(false, totalen.deelnemers(), null, null);
        }
        legOntbrekendeVast();
        List<Totalen.Laatste> laatste = totalen.laatste();
        Totalen.Laatste eigen = laatste.stream().filter(l -> l.gemeenteId().equals(gebruiker.gemeenteId())).findFirst().orElse(null);
        return new Overzicht(true, laatste.size(), eigen, vergelijk(totalen, laatste, gebruiker.gemeenteId()));
    }

    /** The comparison from the totals of each gemeente's latest meting (also what the benchmark times). */
    static Vergelijking.Uitkomst vergelijk(Totalen totalen, List<Totalen.Laatste> laatste, Long eigenGemeente) {
        Map<Long, Map<String, int[]>> tellingen = totalen.tellingen(laatste.stream().map(Totalen.Laatste::metingId).toList());
        List<Vergelijking.Gemeentetotaal> perGemeente = laatste.stream()
                .map(l -> new Vergelijking.Gemeentetotaal(l.gemeenteId(), l.responsen(), tellingen.getOrDefault(l.metingId(), Map.of()),
                        l.minimaleGroep()))
                .toList();
        return Vergelijking.bereken(InstrumentLezer.standaard(), perGemeente, eigenGemeente);
    }

    @Transactional
    void zetDeelname(Sessiegebruiker door, boolean deelnemen) {
        if (!door.heeft(Rol.BEHEERDER)) {
            throw new AccessDeniedException("Alleen de beheerder bepaalt of de gemeente meedoet aan de vergelijking.");
        }
        totalen.zetDeelname(door.gemeenteId(), deelnemen, metingen.vandaag());
    }

    /** Metingen that ended without being closed get their totals the first time they are needed, each in its own transaction. */
    private void legOntbrekendeVast() {
        for (Long metingId : totalen.zonderTotalen(metingen.vandaag())) {
            try {
                apart.executeWithoutResult(s -> totalen.legVast(metingId));
            } catch (DataIntegrityViolationException e) {
                LOG.debug("Totalen van meting {} zijn intussen door een ander verzoek vastgelegd", metingId);
            }
        }
    }

    /** The same readers as the reports of the gemeente's own metingen. */
    static void vereisLezer(Sessiegebruiker gebruiker) {
        if (gebruiker.gemeenteId() == null || !gebruiker.heeftEenVan(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER,
                Rol.GEMEENTESECRETARIS, Rol.MEDEWERKER, Rol.BEGELEIDINGSCOMMISSIE)) {
            throw new AccessDeniedException("De vergelijking met andere gemeenten is voor wie de rapporten van de enquête leest.");
        }
    }
}

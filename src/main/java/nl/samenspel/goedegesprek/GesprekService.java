package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a gesprek: the facilitator (beheerder or driehoek) starts it, opens it (which
 * freezes the norm set it uses), invites deelnemers and closes it.
 */
@Service
class GesprekService {

    static final int MAX_UITNODIGINGEN = 100;
    static final int VRAGENLIJST_VERSIE = 1;

    private final GesprekRepository gesprekken;
    private final DeelnameRepository deelnames;
    private final Normenbeheer normen;

    GesprekService(GesprekRepository gesprekken, DeelnameRepository deelnames, Normenbeheer normen) {
        this.gesprekken = gesprekken;
        this.deelnames = deelnames;
        this.normen = normen;
    }

    static boolean isFacilitator(Sessiegebruiker gebruiker) {
        return gebruiker.heeftEenVan(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER, Rol.GEMEENTESECRETARIS);
    }

    static void vereisFacilitator(Sessiegebruiker gebruiker) {
        if (!isFacilitator(gebruiker)) {
            throw new AccessDeniedException("Alleen de beheerder, burgemeester, griffier of gemeentesecretaris begeleidt een gesprek.");
        }
    }

    List<Gesprek> gesprekken(Long gemeenteId) {
        return gesprekken.findByGemeenteIdOrderByDatumDesc(gemeenteId);
    }

    Gesprek gesprek(Long gemeenteId, Long id) {
        return gesprekken.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Gesprek"));
    }

    List<Deelname> deelnames(Gesprek gesprek) {
        return deelnames.findByGesprekIdOrderById(gesprek.id());
    }

    @Transactional
    Gesprek maak(Sessiegebruiker door, NieuwGesprek nieuw) {
        vereisFacilitator(door);
        return gesprekken.save(new Gesprek(null, door.gemeenteId(), nieuw.titel().strip(), nieuw.datum(), nieuw.samenstelling(),
                nieuw.zichtbaarheid(), Gespreksstatus.VOORBEREIDING, VRAGENLIJST_VERSIE, null));
    }

    /** From here on answers come in and the norm set is the one valid now; later norm changes do not touch this gesprek. */
    @Transactional
    Gesprek open(Sessiegebruiker door, Long id) {
        vereisFacilitator(door);
        Gesprek gesprek = gesprek(door.gemeenteId(), id);
        if (gesprek.status() != Gespreksstatus.VOORBEREIDING) {
            throw new OngeldigVerzoekException(null, "Dit gesprek is al geopend.");
        }
        return gesprekken.save(gesprek.metStatus(Gespreksstatus.OPEN, normen.huidige(door.gemeenteId()).id()));
    }

    @Transactional
    Gesprek sluit(Sessiegebruiker door, Long id) {
        vereisFacilitator(door);
        Gesprek gesprek = gesprek(door.gemeenteId(), id);
        if (gesprek.status() != Gespreksstatus.OPEN) {
            throw new OngeldigVerzoekException(null, "Alleen een geopend gesprek kan worden gesloten.");
        }
        return gesprekken.save(gesprek.metStatus(Gespreksstatus.GESLOTEN, gesprek.normensetId()));
    }

    /** The deelname of a signed-in user, created on first visit. */
    @Transactional
    Deelname deelnameVan(Sessiegebruiker gebruiker, Long gesprekId) {
        Gesprek gesprek = gesprek(gebruiker.gemeenteId(), gesprekId);
        return deelnames.findByGesprekIdAndGebruikerId(gesprek.id(), gebruiker.id()).orElseGet(() -> {
            vereisOpen(gesprek);
            return deelnames.save(new Deelname(null, gesprek.id(), gebruiker.id(), null, gebruiker.naam(), null, null, null, null));
        });
    }

    /** Codes are returned once, here; the database keeps only their hashes. */
    @Transactional
    List<String> nodigUit(Sessiegebruiker door, Long gesprekId, int aantal) {
        vereisFacilitator(door);
        Gesprek gesprek = gesprek(door.gemeenteId(), gesprekId);
        if (gesprek.status() == Gespreksstatus.GESLOTEN) {
            throw new OngeldigVerzoekException("aantal", "Voor een gesloten gesprek kunnen geen uitnodigingen meer worden gemaakt.");
        }
        if (aantal < 1 || aantal > MAX_UITNODIGINGEN) {
            throw new OngeldigVerzoekException("aantal", "Maak 1 tot %d uitnodigingen tegelijk.".formatted(MAX_UITNODIGINGEN));
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            String code = Uitnodigingscode.nieuw();
            deelnames.save(new Deelname(null, gesprek.id(), null, Uitnodigingscode.hash(code), null, null, null, null, null));
            codes.add(code);
        }
        return codes;
    }

    /** The code is the credential: it works without an account, for one deelnemer. */
    Deelname deelnameMetCode(String code) {
        return deelnames.findByCodeHash(Uitnodigingscode.hash(code)).orElseThrow(() -> new NietGevondenException("Uitnodiging"));
    }

    Gesprek gesprekVan(Deelname deelname) {
        return gesprekken.findById(deelname.gesprekId()).orElseThrow(() -> new NietGevondenException("Gesprek"));
    }

    static void vereisOpen(Gesprek gesprek) {
        if (gesprek.status() == Gespreksstatus.VOORBEREIDING) {
            throw new OngeldigVerzoekException(null, "Dit gesprek is nog niet geopend: de vragenlijst kan nog niet worden ingevuld.");
        }
        if (gesprek.status() == Gespreksstatus.GESLOTEN) {
            throw new OngeldigVerzoekException(null, "Dit gesprek is gesloten: antwoorden kunnen niet meer worden gegeven of gewijzigd.");
        }
    }
}

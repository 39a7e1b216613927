package nl.samenspel.enquete;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.NietGevondenException;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of a meting: the beheerder creates, adds questions, opens, invites and closes it. */
@Service
class MetingService {

    static final int MAX_UITNODIGINGEN = 5_000;
    static final int MAX_EXTRA_VRAGEN = 10;

    record Uitnodiging(String code, String afdeling) {
    }

    private final MetingRepository metingen;
    private final ResponsOpslag opslag;
    private final AfdelingService afdelingen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    MetingService(MetingRepository metingen, ResponsOpslag opslag, AfdelingService afdelingen, ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.metingen = metingen;
        this.opslag = opslag;
        this.afdelingen = afdelingen;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    static boolean isBeheerder(Sessiegebruiker gebruiker) {
        return gebruiker.heeft(Rol.BEHEERDER);
    }

    static void vereisBeheerder(Sessiegebruiker gebruiker) {
        if (!isBeheerder(gebruiker)) {
            throw new AccessDeniedException("Alleen de beheerder beheert metingen.");
        }
    }

    LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    List<Meting> metingen(Long gemeenteId) {
        return metingen.findByGemeenteIdOrderByStartdatumDesc(gemeenteId);
    }

    Meting meting(Long gemeenteId, Long id) {
        return metingen.findByIdAndGemeenteId(id, gemeenteId).orElseThrow(() -> new NietGevondenException("Meting"));
    }

    Meting meting(Long id) {
        return metingen.findById(id).orElseThrow(() -> new NietGevondenException("Meting"));
    }

    @Transactional
    Meting maak(Sessiegebruiker door, NieuweMeting nieuw) {
        vereisBeheerder(door);
        if (nieuw.titel() == null || nieuw.titel().isBlank() || nieuw.titel().length() > 200) {
            throw new OngeldigVerzoekException("titel", "Geef de meting een titel van hoogstens 200 tekens.");
        }
        if (nieuw.startdatum() == null || nieuw.einddatum() == null || nieuw.einddatum().isBefore(nieuw.startdatum())) {
            throw new OngeldigVerzoekException("einddatum", "Geef een begindatum en een einddatum die niet voor de begindatum ligt.");
        }
        if (nieuw.afdelingen() == null || nieuw.afdelingen().isEmpty()) {
            throw new OngeldigVerzoekException("afdelingen", "Kies ten minste één afdeling.");
        }
        Set<Meting.MetingAfdeling> gekozen = new LinkedHashSet<>();
        for (Map.Entry<Long, Integer> afdeling : nieuw.afdelingen().entrySet()) {
            afdelingen.afdeling(door.gemeenteId(), afdeling.getKey()); // 404 for another gemeente's afdeling
            int medewerkers = afdeling.getValue() == null ? 0 : afdeling.getValue();
            if (medewerkers < 0 || medewerkers > 100_000) {
                throw new OngeldigVerzoekException("afdelingen", "Het aantal medewerkers per afdeling ligt tussen 0 en 100.000.");
            }
            gekozen.add(new Meting.MetingAfdeling(afdeling.getKey(), medewerkers));
        }
        return metingen.save(new Meting(null, door.gemeenteId(), nieuw.titel().strip(), nieuw.startdatum(), nieuw.einddatum(),
                Meting.Status.VOORBEREIDING, InstrumentLezer.standaard().versie(), 0, null, gekozen, null));
    }

    @Transactional
    Meting voegVraagToe(Sessiegebruiker door, Long id, String tekst, Instrument.Polariteit polariteit) {
        vereisBeheerder(door);
        Meting meting = meting(door.gemeenteId(), id);
        if (meting.status() != Meting.Status.VOORBEREIDING) {
            throw new OngeldigVerzoekException("tekst", "Vragen toevoegen kan alleen zolang de meting nog niet geopend is.");
        }
        if (tekst == null || tekst.isBlank() || tekst.length() > 500) {
            throw new OngeldigVerzoekException("tekst", "Geef de vraag een tekst van hoogstens 500 tekens.");
        }
        if (meting.extraVragen().size() >= MAX_EXTRA_VRAGEN) {
            throw new OngeldigVerzoekException("tekst", "Een meting heeft hoogstens %d eigen vragen.".formatted(MAX_EXTRA_VRAGEN));
        }
        return metingen.save(meting.metExtraVraag(tekst.strip(), polariteit == null ? Instrument.Polariteit.POSITIEF : polariteit));
    }

    @Transactional
    Meting open(Sessiegebruiker door, Long id) {
        vereisBeheerder(door);
        Meting meting = meting(door.gemeenteId(), id);
        if (meting.status() != Meting.Status.VOORBEREIDING) {
            throw new OngeldigVerzoekException(null, "Deze meting is al geopend.");
        }
        return metingen.save(meting.metStatus(Meting.Status.OPEN));
    }

    @Transactional
    Meting sluit(Sessiegebruiker door, Long id) {
        vereisBeheerder(door);
        Meting meting = meting(door.gemeenteId(), id);
        if (meting.status() == Meting.Status.GESLOTEN) {
            throw new OngeldigVerzoekException(null, "Deze meting is al gesloten.");
        }
        Meting gesloten = metingen.save(meting.metStatus(Meting.Status.GESLOTEN));
        gebeurtenissen.publishEvent(new MetingGesloten(gesloten.gemeenteId(), gesloten.id(), opslag.aantal(gesloten.id())));
        return gesloten;
    }

    /** Codes are returned once, here; the database keeps only their hashes. */
    @Transactional
    List<Uitnodiging> nodigUit(Sessiegebruiker door, Long id, int aantal, Long afdelingId) {
        vereisBeheerder(door);
        Meting meting = meting(door.gemeenteId(), id);
        if (meting.effectieveStatus(vandaag()) == Meting.Status.GESLOTEN) {
            throw new OngeldigVerzoekException("aantal", "Voor een gesloten meting kunnen geen uitnodigingen meer worden gemaakt.");
        }
        if (aantal < 1 || aantal > MAX_UITNODIGINGEN) {
            throw new OngeldigVerzoekException("aantal", "Maak 1 tot %d uitnodigingen tegelijk.".formatted(MAX_UITNODIGINGEN));
        }
        String afdelingNaam = "";
        if (afdelingId != null) {
            if (!meting.bevatAfdeling(afdelingId)) {
                throw new OngeldigVerzoekException("afdelingId", "Deze afdeling doet niet mee aan de meting.");
            }
            afdelingNaam = afdelingen.afdeling(door.gemeenteId(), afdelingId).naam();
        }
        List<Uitnodiging> uitnodigingen = new ArrayList<>(aantal);
        List<String> hashes = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            String code = Uitnodigingscode.nieuw();
            uitnodigingen.add(new Uitnodiging(code, afdelingNaam));
            hashes.add(Uitnodigingscode.hash(code));
        }
        opslag.bewaarUitnodigingen(meting.id(), afdelingId, hashes);
        metingen.save(meting.metUitnodigingen(aantal));
        return uitnodigingen;
    }

    int openUitnodigingen(Meting meting) {
        return opslag.openUitnodigingen(meting.id());
    }

    int aantalResponsen(Meting meting) {
        return opslag.aantal(meting.id());
    }
}

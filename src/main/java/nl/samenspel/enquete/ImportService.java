package nl.samenspel.enquete;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports earlier results into a meting that is not yet closed (reports of a closed meting never
 * change). All rows or none. Imported responses get the meting's end date as their day.
 */
@Service("enqueteImportService")
class ImportService {

    private final MetingService metingen;
    private final ResponsOpslag opslag;
    private final AfdelingService afdelingen;

    ImportService(MetingService metingen, ResponsOpslag opslag, AfdelingService afdelingen) {
        this.metingen = metingen;
        this.opslag = opslag;
        this.afdelingen = afdelingen;
    }

    @Transactional
    int importeer(Sessiegebruiker door, Long metingId, Reader csv) {
        MetingService.vereisBeheerder(door);
        Meting meting = metingen.meting(door.gemeenteId(), metingId);
        if (meting.effectieveStatus(metingen.vandaag()) == Meting.Status.GESLOTEN) {
            throw new OngeldigVerzoekException(null,
                    "Deze meting is gesloten: het rapport staat vast. Importeer in een nieuwe meting (met de oorspronkelijke data) en sluit die daarna.");
        }
        Map<String, Long> sleutels = new HashMap<>();
        afdelingen.vanGemeente(door.gemeenteId()).stream().filter(a -> meting.bevatAfdeling(a.id())).forEach(a -> {
            sleutels.put(a.code().toLowerCase(Locale.ROOT), a.id());
            sleutels.put(a.naam().toLowerCase(Locale.ROOT), a.id());
        });
        Instrument instrument = meting.instrument();
        List<ResponsCsvLezer.Regel> regels = ResponsCsvLezer.lees(csv, instrument, sleutels);
        opslag.bewaar(regels.stream().map(r -> new ResponsOpslag.NieuweRespons(meting.id(), r.afdelingId(), meting.einddatum(),
                Invulregels.antwoorden(instrument, r.antwoorden()), r.opmerking())).toList());
        return regels.size();
    }
}

package nl.samenspel.enquete;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports earlier results into a meting that is not yet closed (reports of a closed meting never
 * change). All rows or none: the file is read and checked as a stream and good rows are written in
 * blocks of {@value #BLOK} within one transaction, which a bad row anywhere rolls back. Imported
 * responses get the meting's end date as their day.
 */
@Service("enqueteImportService")
class ImportService {

    static final int BLOK = 5_000;
    private static final String GESLOTEN =
            "Deze meting is gesloten: het rapport staat vast. Importeer in een nieuwe meting (met de oorspronkelijke data) en sluit die daarna.";

    private final MetingService metingen;
    private final ResponsOpslag opslag;
    private final AfdelingService afdelingen;
    private final JdbcClient jdbc;

    ImportService(MetingService metingen, ResponsOpslag opslag, AfdelingService afdelingen, JdbcClient jdbc) {
        this.metingen = metingen;
        this.opslag = opslag;
        this.afdelingen = afdelingen;
        this.jdbc = jdbc;
    }

    /** The meting to import into, after checking the user and that it still accepts imports. */
    Meting metingVoorImport(Sessiegebruiker door, Long metingId) {
        MetingService.vereisBeheerder(door);
        Meting meting = metingen.meting(door.gemeenteId(), metingId);
        if (meting.effectieveStatus(metingen.vandaag()) == Meting.Status.GESLOTEN) {
            throw new OngeldigVerzoekException(null, GESLOTEN);
        }
        return meting;
    }

    @Transactional
    int importeer(Sessiegebruiker door, Long metingId, Reader csv) {
        return importeer(door, metingId, csv, rijen -> { });
    }

    /** {@code voortgang} hears the number of rows read now and then (every {@value ResponsCsvLezer#VOORTGANG_ELKE}). */
    @Transactional
    int importeer(Sessiegebruiker door, Long metingId, Reader csv, IntConsumer voortgang) {
        Meting meting = metingVoorImport(door, metingId);
        Map<String, Long> sleutels = new HashMap<>();
        afdelingen.vanGemeente(door.gemeenteId()).stream().filter(a -> meting.bevatAfdeling(a.id())).forEach(a -> {
            sleutels.put(a.code().toLowerCase(Locale.ROOT), a.id());
            sleutels.put(a.naam().toLowerCase(Locale.ROOT), a.id());
        });
        Instrument instrument = meting.instrument();
        List<ResponsOpslag.NieuweRespons> blok = new ArrayList<>(BLOK);
        int aantal = ResponsCsvLezer.lees(csv, instrument, sleutels, new ResponsCsvLezer.Ontvanger() {
            @Override
            public void regel(ResponsCsvLezer.Regel r) {
                blok.add(new ResponsOpslag.NieuweRespons(meting.id(), r.afdelingId(), meting.einddatum(),
                        Invulregels.antwoorden(instrument, r.antwoorden()), r.opmerking()));
                if (blok.size() == BLOK) {
                    opslag.bewaar(blok);
                    blok.clear();
                }
            }

            @Override
            public void gelezen(int rijen) {
                voortgang.accept(rijen);
            }
        });
        opslag.bewaar(blok);
        vereisNogOpen(meting);
        return aantal;
    }

    /**
     * Locks the meting row until this transaction ends and checks it is still open: closing waits for
     * the import, and an import that ends after the meting was closed (or past its end date) is undone.
     */
    private void vereisNogOpen(Meting meting) {
        String status = jdbc.sql("SELECT status FROM meting WHERE id = ? FOR UPDATE").param(meting.id()).query(String.class).single();
        if (meting.metStatus(Meting.Status.valueOf(status)).effectieveStatus(metingen.vandaag()) == Meting.Status.GESLOTEN) {
            throw new OngeldigVerzoekException(null, GESLOTEN);
        }
    }
}

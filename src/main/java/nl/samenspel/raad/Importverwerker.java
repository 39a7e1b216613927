package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;

/**
 * What every import reader hands its rows to: collects problems (up to {@value #MAX_FOUTEN}),
 * resolves party names and remembers the ones that did not match with their rows, and writes
 * good rows in batches as long as no problem was found. {@link #einde()} rejects the whole file
 * when anything was wrong; the caller's transaction then rolls back what was written.
 */
final class Importverwerker {

    static final int MAX_FOUTEN = 200;
    static final int VOORTGANG_ELKE = 5_000;

    private final Partijnamen namen;
    private final InstrumentSchrijver schrijver;
    private final IntConsumer voortgang;
    private final List<ImportFout> fouten = new ArrayList<>();
    private final Map<String, OnbekendeNaam> onbekend = new LinkedHashMap<>();
    private int foutenTotaal;
    private int rijen;

    Importverwerker(Partijnamen namen, InstrumentSchrijver schrijver, IntConsumer voortgang) {
        this.namen = namen;
        this.schrijver = schrijver;
        this.voortgang = voortgang;
    }

    void fout(int rij, String kolom, String melding) {
        foutenTotaal++;
        if (fouten.size() < MAX_FOUTEN) {
            fouten.add(new ImportFout(rij, kolom, melding));
        }
    }

    boolean heeftFouten() {
        return foutenTotaal > 0 || !onbekend.isEmpty();
    }

    /** The registry ids of these names; a name that matches no partij is remembered for the report. */
    Set<Long> partijen(int rij, String kolom, List<String> partijnamen) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String naam : partijnamen) {
            String schoon = naam.strip();
            if (schoon.isEmpty()) {
                continue;
            }
            namen.zoek(schoon).ifPresentOrElse(ids::add,
                    () -> onbekend.computeIfAbsent(schoon, n -> new OnbekendeNaam(rij, kolom)).rij(rij));
        }
        return ids;
    }

    /** One good row. Written only while the file is still without problems. */
    void regel(Instrumentsoort soort, LocalDate datum, String titel, Uitkomst uitkomst, String kenmerk, Set<Long> partijen) {
        if (!heeftFouten()) {
            schrijver.voegToe(soort, datum, titel, uitkomst, kenmerk, partijen);
        }
    }

    /** Call after every row read, good or bad. */
    void gelezen() {
        rijen++;
        if (rijen % VOORTGANG_ELKE == 0) {
            voortgang.accept(rijen);
        }
    }

    Importresultaat einde() {
        if (rijen == 0 && foutenTotaal == 0) {
            fout(2, null, "het bestand bevat geen gegevens onder de kopregel.");
        }
        if (!heeftFouten()) {
            schrijver.schrijf();
            voortgang.accept(rijen);
            return new Importresultaat(rijen, schrijver.toegevoegd(), schrijver.overgeslagen());
        }
        List<ImportFout> alle = new ArrayList<>();
        onbekend.forEach((naam, plek) -> alle.add(plek.alsFout(naam)));
        alle.addAll(fouten);
        if (foutenTotaal > fouten.size()) {
            alle.add(new ImportFout(fouten.get(fouten.size() - 1).rij(), null,
                    "en nog %d fouten die niet afzonderlijk worden getoond.".formatted(foutenTotaal - fouten.size())));
        }
        throw new ImportAfgekeurdException(alle);
    }

    /** Rows read, added, and skipped because their kenmerk was already there. */
    record Importresultaat(int rijen, int toegevoegd, int overgeslagen) {
    }

    private static final class OnbekendeNaam {
        private final int eersteRij;
        private final String kolom;
        private final List<Integer> rijen = new ArrayList<>();
        private int aantal;

        OnbekendeNaam(int eersteRij, String kolom) {
            this.eersteRij = eersteRij;
            this.kolom = kolom;
        }

        OnbekendeNaam rij(int rij) {
            aantal++;
            if (rijen.size() < 5) {
                rijen.add(rij);
            }
            return this;
        }

        ImportFout alsFout(String naam) {
            String waar = aantal == 1 ? "" : " (%d rijen, o.a. %s)".formatted(aantal,
                    String.join(", ", rijen.stream().map(String::valueOf).toList()));
            return new ImportFout(eersteRij, kolom, ("de partij '%s' staat niet in het partijenregister%s: voeg haar toe, "
                    + "of zet deze schrijfwijze als alias bij de juiste partij.").formatted(naam, waar));
        }
    }
}

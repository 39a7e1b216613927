package nl.samenspel.enquete;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads earlier results (an earlier MTO, a vendor export): a header {@code afdeling;L1;...;WB5}
 * (any order, optionally {@code opmerking}), then one response per row. The afdeling is its code
 * or name; an answer is 1..5 or the word (altijd, vaak, soms, zelden, nooit). Every problem is
 * collected with row and column (the first {@value #MAX_FOUTEN}, then a count of the rest); one
 * problem rejects the whole file. Streaming: good rows go to the {@link Ontvanger} one by one while
 * the file is still without problems, so memory stays flat however long the file is.
 */
final class ResponsCsvLezer {

    static final int MAX_RIJEN = 200_000;
    static final int MAX_FOUTEN = 1_000;
    static final int VOORTGANG_ELKE = 1_000;
    static final String AFDELING = "afdeling";
    static final String OPMERKING = "opmerking";
    private static final Map<String, Integer> WOORDEN = Map.ofEntries(Map.entry("altijd", 1), Map.entry("vaak", 2),
            Map.entry("soms", 3), Map.entry("zelden", 4), Map.entry("nooit", 5), Map.entry("always", 1), Map.entry("often", 2),
            Map.entry("sometimes", 3), Map.entry("rarely", 4), Map.entry("never", 5));

    record Regel(int rij, Long afdelingId, Map<String, Integer> antwoorden, String opmerking) {
    }

    /** Takes the good rows (only while no problem has been found) and, now and then, the number of rows read. */
    interface Ontvanger {

        void regel(Regel regel);

        default void gelezen(int rijen) {
        }
    }

    private ResponsCsvLezer() {
    }

    /**
     * Reads the whole file and returns the number of responses; throws {@link ImportAfgekeurdException}
     * with every problem when anything is wrong (the caller's transaction then undoes what the ontvanger
     * wrote). {@code afdelingen}: lower-case code and lower-case name of every afdeling of the meting, to its id.
     */
    static int lees(Reader bron, Instrument instrument, Map<String, Long> afdelingen, Ontvanger ontvanger) {
        try (BufferedReader lezer = new BufferedReader(bron)) {
            lezer.mark(64 * 1024);
            String eerste = lezer.readLine();
            if (eerste == null || eerste.isBlank()) {
                throw fout(1, null, "het bestand is leeg; verwacht een kopregel 'afdeling;" + String.join(";", instrument.codes()) + "'.");
            }
            lezer.reset();
            char scheiding = eerste.indexOf(';') >= 0 ? ';' : ',';
            CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(lezer, formaat)) {
                return regels(parser, instrument, afdelingen, ontvanger);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw fout(1, null, "het bestand is geen leesbare CSV (" + e.getMessage() + ").");
        }
    }

    private static int regels(CSVParser parser, Instrument instrument, Map<String, Long> afdelingen, Ontvanger ontvanger) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw fout(1, null, "het bestand is leeg.");
        }
        List<String> kop = records.next().stream().map(k -> k.replace("\uFEFF", "").strip()).toList();
        Fouten fouten = new Fouten();
        controleerKop(kop, instrument, fouten.lijst);
        if (!fouten.lijst.isEmpty()) {
            throw new ImportAfgekeurdException(fouten.lijst);
        }
        int rij = 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            rij++;
            if (rij - 1 > MAX_RIJEN) {
                throw fout(rij, null, "te veel rijen; importeer hoogstens %s responsen per bestand."
                        .formatted(java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl")).format(MAX_RIJEN)));
            }
            if (record.size() != kop.size()) {
                fouten.voegToe(new ImportFout(rij, null, "verwacht %d kolommen, gevonden %d.".formatted(kop.size(), record.size())));
            } else {
                Regel regel = regel(rij, record, kop, afdelingen, fouten);
                if (regel != null && fouten.totaal == 0) {
                    ontvanger.regel(regel);
                }
            }
            if ((rij - 1) % VOORTGANG_ELKE == 0) {
                ontvanger.gelezen(rij - 1);
            }
        }
        ontvanger.gelezen(rij - 1);
        if (rij == 1) {
            fouten.voegToe(new ImportFout(2, null, "het bestand bevat alleen een kopregel en geen responsen."));
        }
        if (fouten.totaal > 0) {
            throw new ImportAfgekeurdException(fouten.metRest());
        }
        return rij - 1;
    }

    /** The problems found: the first {@value #MAX_FOUTEN} in full, the rest only counted. */
    private static final class Fouten {
        private final List<ImportFout> lijst = new ArrayList<>();
        private int totaal;

        void voegToe(ImportFout fout) {
            totaal++;
            if (lijst.size() < MAX_FOUTEN) {
                lijst.add(fout);
            }
        }

        List<ImportFout> metRest() {
            if (totaal == lijst.size()) {
                return lijst;
            }
            List<ImportFout> alle = new ArrayList<>(lijst);
            alle.add(new ImportFout(lijst.get(lijst.size() - 1).rij(), null,
                    "en nog %d fouten die niet afzonderlijk worden getoond; verbeter eerst deze.".formatted(totaal - lijst.size())));
            return alle;
        }
    }

    private static void controleerKop(List<String> kop, Instrument instrument, List<ImportFout> fouten) {
        if (kop.isEmpty() || !AFDELING.equalsIgnoreCase(kop.get(0))) {
            fouten.add(new ImportFout(1, kop.isEmpty() ? null : kop.get(0), "de eerste kolom moet 'afdeling' heten."));
        }
        Map<String, Integer> gezien = new HashMap<>();
        for (int i = 1; i < kop.size(); i++) {
            String kolom = kop.get(i);
            if (!instrument.codes().contains(kolom) && !OPMERKING.equalsIgnoreCase(kolom)) {
                fouten.add(new ImportFout(1, kolom, "onbekende kolom; de vragen heten " + String.join(", ", instrument.codes()) + "."));
            } else if (gezien.put(kolom.toLowerCase(Locale.ROOT), i) != null) {
                fouten.add(new ImportFout(1, kolom, "deze kolom staat twee keer in de kopregel."));
            }
        }
        for (String code : instrument.codes()) {
            if (!kop.contains(code)) {
                fouten.add(new ImportFout(1, code, "de kolom voor deze vraag ontbreekt; alleen volledige responsen worden geïmporteerd."));
            }
        }
    }

    private static Regel regel(int rij, CSVRecord record, List<String> kop, Map<String, Long> afdelingen, Fouten fouten) {
        int voor = fouten.totaal;
        String afdelingTekst = record.get(0).strip();
        Long afdeling = afdelingen.get(afdelingTekst.toLowerCase(Locale.ROOT));
        if (afdeling == null) {
            fouten.voegToe(new ImportFout(rij, AFDELING, afdelingTekst.isEmpty() ? "de afdeling ontbreekt."
                    : "afdeling '%s' doet niet mee aan deze meting (gebruik de code of de naam).".formatted(afdelingTekst)));
        }
        Map<String, Integer> antwoorden = new LinkedHashMap<>();
        String opmerking = null;
        for (int i = 1; i < kop.size(); i++) {
            String waarde = record.get(i).strip();
            if (OPMERKING.equalsIgnoreCase(kop.get(i))) {
                opmerking = waarde.isEmpty() ? null : waarde;
                if (waarde.length() > Invulregels.MAX_OPMERKING) {
                    fouten.voegToe(new ImportFout(rij, kop.get(i), "de opmerking is langer dan %d tekens.".formatted(Invulregels.MAX_OPMERKING)));
                }
                continue;
            }
            Integer antwoord = antwoord(waarde);
            if (antwoord == null) {
                fouten.voegToe(new ImportFout(rij, kop.get(i), waarde.isEmpty() ? "het antwoord ontbreekt."
                        : "'%s' ligt niet op de schaal: gebruik 1 tot en met 5 of altijd, vaak, soms, zelden, nooit.".formatted(waarde)));
            }
            antwoorden.put(kop.get(i), antwoord);
        }
        return fouten.totaal == voor ? new Regel(rij, afdeling, antwoorden, opmerking) : null;
    }

    private static Integer antwoord(String waarde) {
        if (waarde.matches("[1-5]")) {
            return Integer.valueOf(waarde);
        }
        return WOORDEN.get(waarde.toLowerCase(Locale.ROOT));
    }

    private static ImportAfgekeurdException fout(int rij, String kolom, String melding) {
        return new ImportAfgekeurdException(List.of(new ImportFout(rij, kolom, melding)));
    }
}

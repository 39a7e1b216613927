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
 * collected with row and column; one problem rejects the whole file.
 */
final class ResponsCsvLezer {

    static final int MAX_RIJEN = 50_000;
    static final String AFDELING = "afdeling";
    static final String OPMERKING = "opmerking";
    private static final Map<String, Integer> WOORDEN = Map.ofEntries(Map.entry("altijd", 1), Map.entry("vaak", 2),
            Map.entry("soms", 3), Map.entry("zelden", 4), Map.entry("nooit", 5), Map.entry("always", 1), Map.entry("often", 2),
            Map.entry("sometimes", 3), Map.entry("rarely", 4), Map.entry("never", 5));

    record Regel(int rij, Long afdelingId, Map<String, Integer> antwoorden, String opmerking) {
    }

    private ResponsCsvLezer() {
    }

    /** {@code afdelingen}: lower-case code and lower-case name of every afdeling of the meting, to its id. */
    static List<Regel> lees(Reader bron, Instrument instrument, Map<String, Long> afdelingen) {
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
                return regels(parser, instrument, afdelingen);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw fout(1, null, "het bestand is geen leesbare CSV (" + e.getMessage() + ").");
        }
    }

    private static List<Regel> regels(CSVParser parser, Instrument instrument, Map<String, Long> afdelingen) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw fout(1, null, "het bestand is leeg.");
        }
        List<String> kop = records.next().stream().map(k -> k.replace("\uFEFF", "").strip()).toList();
        List<ImportFout> fouten = new ArrayList<>();
        controleerKop(kop, instrument, fouten);
        if (!fouten.isEmpty()) {
            throw new ImportAfgekeurdException(fouten);
        }
        List<Regel> regels = new ArrayList<>();
        int rij = 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            rij++;
            if (rij - 1 > MAX_RIJEN) {
                throw fout(rij, null, "te veel rijen; importeer hoogstens %d responsen per bestand.".formatted(MAX_RIJEN));
            }
            if (record.size() != kop.size()) {
                fouten.add(new ImportFout(rij, null, "verwacht %d kolommen, gevonden %d.".formatted(kop.size(), record.size())));
                continue;
            }
            Regel regel = regel(rij, record, kop, afdelingen, fouten);
            if (regel != null) {
                regels.add(regel);
            }
        }
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new ImportFout(2, null, "het bestand bevat alleen een kopregel en geen responsen."));
        }
        if (!fouten.isEmpty()) {
            throw new ImportAfgekeurdException(fouten);
        }
        return regels;
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

    private static Regel regel(int rij, CSVRecord record, List<String> kop, Map<String, Long> afdelingen, List<ImportFout> fouten) {
        int voor = fouten.size();
        String afdelingTekst = record.get(0).strip();
        Long afdeling = afdelingen.get(afdelingTekst.toLowerCase(Locale.ROOT));
        if (afdeling == null) {
            fouten.add(new ImportFout(rij, AFDELING, afdelingTekst.isEmpty() ? "de afdeling ontbreekt."
                    : "afdeling '%s' doet niet mee aan deze meting (gebruik de code of de naam).".formatted(afdelingTekst)));
        }
        Map<String, Integer> antwoorden = new LinkedHashMap<>();
        String opmerking = null;
        for (int i = 1; i < kop.size(); i++) {
            String waarde = record.get(i).strip();
            if (OPMERKING.equalsIgnoreCase(kop.get(i))) {
                opmerking = waarde.isEmpty() ? null : waarde;
                if (waarde.length() > Invulregels.MAX_OPMERKING) {
                    fouten.add(new ImportFout(rij, kop.get(i), "de opmerking is langer dan %d tekens.".formatted(Invulregels.MAX_OPMERKING)));
                }
                continue;
            }
            Integer antwoord = antwoord(waarde);
            if (antwoord == null) {
                fouten.add(new ImportFout(rij, kop.get(i), waarde.isEmpty() ? "het antwoord ontbreekt."
                        : "'%s' ligt niet op de schaal: gebruik 1 tot en met 5 of altijd, vaak, soms, zelden, nooit.".formatted(waarde)));
            }
            antwoorden.put(kop.get(i), antwoord);
        }
        return fouten.size() == voor ? new Regel(rij, afdeling, antwoorden, opmerking) : null;
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

package nl.samenspel.raad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV of moties/amendementen or of schriftelijke vragen, row by row, into an
 * {@link Importverwerker}. Semicolon or comma separated (seen in the header), columns found by
 * their header name in any order; indieners separated by comma or |.
 */
final class InstrumentCsvLezer {

    enum Formaat {
        MOTIES(List.of("datum", "soort", "indieners", "uitkomst"), List.of("titel", "kenmerk")),
        VRAGEN(List.of("datum", "indieners"), List.of("titel", "kenmerk"));

        final List<String> verplicht;
        final List<String> optioneel;

        Formaat(List<String> verplicht, List<String> optioneel) {
            this.verplicht = verplicht;
            this.optioneel = optioneel;
        }
    }

    private static final Pattern SCHEIDING = Pattern.compile("[,|]");

    private InstrumentCsvLezer() {
    }

    static void lees(Reader bron, Formaat formaat, Importverwerker verwerker) {
        try (BufferedReader lezer = new BufferedReader(bron, 1 << 16)) {
            lezer.mark(8192);
            String eersteRegel = lezer.readLine();
            if (eersteRegel == null || eersteRegel.isBlank()) {
                verwerker.fout(1, null, "het bestand is leeg; verwacht een kopregel '%s'.".formatted(kopregel(formaat)));
                return;
            }
            lezer.reset();
            char scheiding = eersteRegel.indexOf(';') >= 0 ? ';' : ',';
            CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(lezer, csv)) {
                var records = parser.iterator();
                Map<String, Integer> kolommen = kop(records.next(), formaat, verwerker);
                if (kolommen == null) {
                    return;
                }
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    rij((int) record.getRecordNumber(), record, kolommen, formaat, verwerker);
                    verwerker.gelezen();
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            verwerker.fout(1, null, "het bestand is geen leesbare CSV (" + e.getMessage() + ").");
        }
    }

    static String kopregel(Formaat formaat) {
        return String.join(";", formaat == Formaat.MOTIES ? List.of("datum", "titel", "soort", "indieners", "uitkomst", "kenmerk")
                : List.of("datum", "titel", "indieners", "kenmerk"));
    }

    private static Map<String, Integer> kop(CSVRecord kop, Formaat formaat, Importverwerker verwerker) {
        Map<String, Integer> kolommen = new HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            String naam = zuiver(kop.get(i)).toLowerCase(Locale.ROOT);
            if (!formaat.verplicht.contains(naam) && !formaat.optioneel.contains(naam)) {
                verwerker.fout(1, naam, "onbekende kolom; verwacht zijn %s.".formatted(kopregel(formaat)));
            } else if (kolommen.putIfAbsent(naam, i) != null) {
                verwerker.fout(1, naam, "deze kolom staat twee keer in de kopregel.");
            }
        }
        for (String verplicht : formaat.verplicht) {
            if (!kolommen.containsKey(verplicht)) {
                verwerker.fout(1, verplicht, "de kolom ontbreekt in de kopregel.");
            }
        }
        return verwerker.heeftFouten() ? null : kolommen;
    }

    private static void rij(int recordnummer, CSVRecord record, Map<String, Integer> kolommen, Formaat formaat,
            Importverwerker verwerker) {
        int rij = recordnummer;
        String datumTekst = waarde(record, kolommen, "datum");
        LocalDate datum = Datums.lees(datumTekst).orElse(null);
        if (datum == null) {
            verwerker.fout(rij, "datum", datumTekst.isEmpty() ? "de datum ontbreekt."
                    : "'%s' is geen datum; schrijf 2023-01-31 of 31-01-2023.".formatted(datumTekst));
        }
        String titel = waarde(record, kolommen, "titel");
        if (titel.length() > 500) {
            verwerker.fout(rij, "titel", "de titel is langer dan 500 tekens.");
        }
        String kenmerk = waarde(record, kolommen, "kenmerk");
        if (kenmerk.length() > 200) {
            verwerker.fout(rij, "kenmerk", "het kenmerk is langer dan 200 tekens.");
        }
        String indienersTekst = waarde(record, kolommen, "indieners");
        Set<Long> partijen = verwerker.partijen(rij, "indieners", Arrays.asList(SCHEIDING.split(indienersTekst)));
        if (indienersTekst.isEmpty()) {
            verwerker.fout(rij, "indieners", "er is geen indienende partij.");
        }
        Instrumentsoort soort = Instrumentsoort.SCHRIFTELIJKE_VRAAG;
        Uitkomst uitkomst = null;
        if (formaat == Formaat.MOTIES) {
            String soortTekst = waarde(record, kolommen, "soort");
            soort = Instrumentsoort.leesMotiesoort(soortTekst).orElse(null);
            if (soort == null) {
                verwerker.fout(rij, "soort", "'%s' is geen soort; kies Motie, Amendement of Motie vreemd.".formatted(soortTekst));
            }
            String uitkomstTekst = waarde(record, kolommen, "uitkomst");
            uitkomst = Uitkomst.lees(uitkomstTekst).orElse(null);
            if (uitkomst == null) {
                verwerker.fout(rij, "uitkomst", "'%s' is geen uitkomst; kies aangenomen, verworpen, ingetrokken, aangehouden of overig."
                        .formatted(uitkomstTekst));
            }
        }
        if (datum != null && soort != null && (uitkomst != null || formaat == Formaat.VRAGEN) && !partijen.isEmpty()) {
            verwerker.regel(soort, datum, titel.isEmpty() ? null : titel, uitkomst, kenmerk.isEmpty() ? null : kenmerk, partijen);
        }
    }

    private static String waarde(CSVRecord record, Map<String, Integer> kolommen, String kolom) {
        Integer index = kolommen.get(kolom);
        return index == null || index >= record.size() ? "" : zuiver(record.get(index));
    }

    private static String zuiver(String waarde) {
        return waarde == null ? "" : waarde.replace("\uFEFF", "").strip();
    }
}

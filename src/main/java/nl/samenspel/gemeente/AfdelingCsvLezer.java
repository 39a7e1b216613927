package nl.samenspel.gemeente;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads afdelingen from CSV: a header row {@code code;naam} (semicolon or comma, as Excel saves
 * it in Dutch or English), then one afdeling per row. All problems are collected, so the user
 * can repair the whole file at once; one problem rejects the whole file.
 */
final class AfdelingCsvLezer {

    static final int MAX_RIJEN = 5_000;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final List<String> KOPPEN = List.of("code", "naam");

    record Regel(int rij, String code, String naam) {
    }

    private AfdelingCsvLezer() {
    }

    static List<Regel> lees(Reader bron) {
        try (BufferedReader lezer = new BufferedReader(bron)) {
            lezer.mark(4096);
            String eersteRegel = lezer.readLine();
            if (eersteRegel == null || eersteRegel.isBlank()) {
                throw new ImportAfgekeurdException(List.of(new ImportFout(1, null,
                        "het bestand is leeg; verwacht een kopregel 'code;naam'.")));
            }
            lezer.reset();
            char scheiding = eersteRegel.indexOf(';') >= 0 ? ';' : ',';
            CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(lezer, formaat)) {
                return regels(parser.getRecords());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportAfgekeurdException(List.of(new ImportFout(1, null,
                    "het bestand is geen leesbare CSV (" + e.getMessage() + ").")));
        }
    }

    private static List<Regel> regels(List<CSVRecord> records) {
        List<ImportFout> fouten = new ArrayList<>();
        controleerKop(records.get(0), fouten);
        if (!fouten.isEmpty()) {
            throw new ImportAfgekeurdException(fouten);
        }
        if (records.size() - 1 > MAX_RIJEN) {
            throw new ImportAfgekeurdException(List.of(new ImportFout(MAX_RIJEN + 2, null,
                    "te veel rijen; een gemeente kan hoogstens %d afdelingen importeren.".formatted(MAX_RIJEN))));
        }
        List<Regel> regels = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int rij = i + 1;
            if (record.size() != KOPPEN.size()) {
                fouten.add(new ImportFout(rij, null,
                        "verwacht 2 kolommen (code, naam), gevonden %d.".formatted(record.size())));
                continue;
            }
            String code = zuiver(record.get(0));
            String naam = zuiver(record.get(1));
            controleerCode(rij, code, codes, fouten);
            controleerNaam(rij, naam, fouten);
            regels.add(new Regel(rij, code, naam));
        }
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new ImportFout(2, null, "het bestand bevat alleen een kopregel en geen afdelingen."));
        }
        if (!fouten.isEmpty()) {
            throw new ImportAfgekeurdException(fouten);
        }
        return regels;
    }

    private static void controleerKop(CSVRecord kop, List<ImportFout> fouten) {
        List<String> gevonden = kop.stream().map(k -> zuiver(k).toLowerCase(Locale.ROOT)).toList();
        if (!gevonden.equals(KOPPEN)) {
            fouten.add(new ImportFout(1, null, "de kopregel moet 'code;naam' zijn, maar is '%s'."
                    .formatted(String.join(";", gevonden))));
        }
    }

    private static void controleerCode(int rij, String code, Map<String, Integer> codes, List<ImportFout> fouten) {
        if (code.isEmpty()) {
            fouten.add(new ImportFout(rij, "code", "de code ontbreekt."));
        } else if (!CODE.matcher(code).matches()) {
            fouten.add(new ImportFout(rij, "code",
                    "'%s' is geen geldige code: gebruik 1 tot 40 letters, cijfers, punt, streepje of liggend streepje.".formatted(code)));
        } else {
            Integer eerder = codes.putIfAbsent(code.toLowerCase(Locale.ROOT), rij);
            if (eerder != null) {
                fouten.add(new ImportFout(rij, "code", "code '%s' staat ook al op rij %d.".formatted(code, eerder)));
            }
        }
    }

    private static void controleerNaam(int rij, String naam, List<ImportFout> fouten) {
        if (naam.isEmpty()) {
            fouten.add(new ImportFout(rij, "naam", "de naam ontbreekt."));
        } else if (naam.length() > 200) {
            fouten.add(new ImportFout(rij, "naam", "de naam is langer dan 200 tekens."));
        }
    }

    private static String zuiver(String waarde) {
        return waarde == null ? "" : waarde.replace("\uFEFF", "").strip();
    }
}

package nl.samenspel.raad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams OpenBesluitvorming (Open Raadsinformatie) motion entities, one JSON object per line.
 * Mapping (docs/raad.md): motion_type to the soort, result to the uitkomst, the first of
 * date_submitted, start_date, date to the datum, name or title to the titel, @id or id to the
 * kenmerk, and the indieners from parties plus the party of every proposer and co_proposer
 * (a string, or an object with name, or a person object with party / member_of). Entities whose
 * @type is not Motion are skipped.
 */
final class OpenBesluitvormingLezer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> DATUMVELDEN = List.of("date_submitted", "start_date", "date", "dateSubmitted");

    private OpenBesluitvormingLezer() {
    }

    static void lees(Reader bron, Importverwerker verwerker) {
        try (BufferedReader lezer = new BufferedReader(bron, 1 << 16)) {
            String regel;
            int rij = 0;
            while ((regel = lezer.readLine()) != null) {
                rij++;
                if (!regel.isBlank()) {
                    entiteit(rij, regel, verwerker);
                    verwerker.gelezen();
                }
            }
        } catch (IOException e) {
            verwerker.fout(1, null, "het bestand is niet leesbaar (" + e.getMessage() + ").");
        }
    }

    private static void entiteit(int rij, String regel, Importverwerker verwerker) {
        JsonNode motie;
        try {
            motie = JSON.readTree(regel);
        } catch (JacksonException e) {
            verwerker.fout(rij, null, "geen geldige JSON op deze regel.");
            return;
        }
        if (!motie.isObject()) {
            verwerker.fout(rij, null, "verwacht één JSON-object per regel.");
            return;
        }
        String type = tekst(motie, "@type");
        if (!type.isEmpty() && !type.endsWith("Motion")) {
            return;
        }
        String soortTekst = tekst(motie, "motion_type");
        Instrumentsoort soort = Instrumentsoort.leesMotiesoort(soortTekst).orElse(null);
        if (soort == null) {
            verwerker.fout(rij, "motion_type", "'%s' is geen Motie, Amendement of Motie Vreemd.".formatted(soortTekst));
        }
        String uitkomstTekst = tekst(motie, "result");
        Uitkomst uitkomst = Uitkomst.lees(uitkomstTekst).orElse(null);
        if (uitkomst == null) {
            verwerker.fout(rij, "result", "'%s' is geen uitkomst (aangenomen, verworpen, ingetrokken, aangehouden, overig)."
                    .formatted(uitkomstTekst));
        }
        LocalDate datum = datum(rij, motie, verwerker);
        List<String> namen = new ArrayList<>();
        namen(motie.path("parties"), namen);
        partijenVanPersonen(motie.path("proposers"), namen);
        partijenVanPersonen(motie.path("co_proposers"), namen);
        Set<Long> partijen = verwerker.partijen(rij, "parties", namen);
        if (namen.isEmpty()) {
            verwerker.fout(rij, "parties", "geen indienende partij in parties, proposers of co_proposers.");
        }
        String titel = tekst(motie, "name").isEmpty() ? tekst(motie, "title") : tekst(motie, "name");
        String kenmerk = tekst(motie, "@id").isEmpty() ? tekst(motie, "id") : tekst(motie, "@id");
        if (soort != null && uitkomst != null && datum != null && !partijen.isEmpty()) {
            verwerker.regel(soort, datum, titel.isEmpty() ? null : afgekort(titel, 500), uitkomst,
                    kenmerk.isEmpty() ? null : afgekort(kenmerk, 200), partijen);
        }
    }

    private static LocalDate datum(int rij, JsonNode motie, Importverwerker verwerker) {
        for (String veld : DATUMVELDEN) {
            String waarde = tekst(motie, veld);
            if (!waarde.isEmpty()) {
                LocalDate datum = Datums.lees(waarde).orElse(null);
                if (datum == null) {
                    verwerker.fout(rij, veld, "'%s' is geen datum.".formatted(waarde));
                }
                return datum;
            }
        }
        verwerker.fout(rij, "date_submitted", "geen datum (date_submitted, start_date of date).");
        return null;
    }

    private static void namen(JsonNode knoop, List<String> namen) {
        if (knoop.isString()) {
            namen.add(knoop.asString());
        } else if (knoop.isArray()) {
            knoop.forEach(k -> namen(k, namen));
        } else if (knoop.isObject()) {
            String naam = tekst(knoop, "name");
            if (!naam.isEmpty()) {
                namen.add(naam);
            }
        }
    }

    private static void partijenVanPersonen(JsonNode personen, List<String> namen) {
        if (!personen.isArray()) {
            return;
        }
        for (JsonNode persoon : personen) {
            if (persoon.isObject()) {
                namen(persoon.path("party"), namen);
                namen(persoon.path("member_of"), namen);
            }
        }
    }

    private static String tekst(JsonNode knoop, String veld) {
        JsonNode waarde = knoop.path(veld);
        return waarde.isString() || waarde.isNumber() ? waarde.asString().strip() : "";
    }

    private static String afgekort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max);
    }
}

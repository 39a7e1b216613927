package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a respondent must give: an afdeling of the meting (unless the invitation assigns one) and
 * an answer 1..5 to every question; the comment is optional and at most 4000 characters. Only
 * complete responses are stored: a partial one would let different tables hide different groups.
 */
final class Invulregels {

    static final int MAX_OPMERKING = 4000;

    record Fout(String veld, String melding) {

        /** The id on the form page that the error summary links to. */
        public String anker() {
            return veld.startsWith("antwoorden[") ? "vraag-" + veld.substring(11, veld.length() - 1) : veld;
        }
    }

    private Invulregels() {
    }

    static List<Fout> controleer(Instrument instrument, Set<Long> afdelingen, Long toegewezen, Long gekozen,
            Map<String, Integer> antwoorden, String opmerking) {
        List<Fout> fouten = new ArrayList<>();
        if (toegewezen == null && (gekozen == null || !afdelingen.contains(gekozen))) {
            fouten.add(new Fout("afdelingId", "Kies de afdeling waar u werkt."));
        }
        Set<String> codes = new HashSet<>(instrument.codes());
        for (String code : antwoorden.keySet()) {
            if (!codes.contains(code)) {
                fouten.add(new Fout("antwoorden", "Vraag %s bestaat niet in deze enquête.".formatted(code)));
            }
        }
        int nummer = 0;
        for (Instrument.Vraag vraag : instrument.vragen()) {
            nummer++;
            Integer waarde = antwoorden.get(vraag.code());
            if (waarde == null) {
                fouten.add(new Fout("antwoorden[" + vraag.code() + "]", "Vraag %d is nog niet beantwoord.".formatted(nummer)));
            } else if (waarde < 1 || waarde > Instrument.SCHAALPUNTEN) {
                fouten.add(new Fout("antwoorden[" + vraag.code() + "]",
                        "Vraag %d: kies een antwoord van altijd tot en met nooit.".formatted(nummer)));
            }
        }
        if (opmerking != null && opmerking.length() > MAX_OPMERKING) {
            fouten.add(new Fout("opmerking", "Uw opmerking heeft hoogstens %d tekens.".formatted(MAX_OPMERKING)));
        }
        return fouten;
    }

    /** The answers in instrument order. */
    static Map<String, Integer> antwoorden(Instrument instrument, Map<String, Integer> antwoorden) {
        Map<String, Integer> geordend = new LinkedHashMap<>();
        instrument.vragen().forEach(v -> geordend.put(v.code(), antwoorden.get(v.code())));
        return geordend;
    }

    /** Control characters other than line breaks and tabs are dropped: PostgreSQL refuses NUL in text, and none belongs in a comment. */
    static String opmerking(String tekst) {
        if (tekst == null) {
            return null;
        }
        String schoon = tekst.replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "");
        return schoon.isBlank() ? null : schoon.strip();
    }
}

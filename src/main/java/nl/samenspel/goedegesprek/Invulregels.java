package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a deelnemer may save: a draft may leave items open; a submission answers all 19 (where
 * 'geen antwoord' counts as an answer, and as missing in every figure). Plain rules, no storage.
 */
final class Invulregels {

    static final int ITEMS = 19;
    static final int MAX_VOORBEELD = 2000;

    record Fout(String veld, String melding) {

        /** The id of the element on the form page that the error summary links to. */
        public String anker() {
            return veld.replace("waarden[", "item-").replace("voorbeelden[", "voorbeeld-").replace("]", "");
        }
    }

    private Invulregels() {
    }

    static List<Fout> controleer(Invulformulier formulier, boolean indienen) {
        List<Fout> fouten = new ArrayList<>();
        formulier.getWaarden().forEach((item, waarde) -> {
            if (item == null || item < 1 || item > ITEMS) {
                fouten.add(new Fout("waarden", "Vraag %s bestaat niet; de vragenlijst heeft vragen 1 tot en met 19.".formatted(item)));
            } else if (waarde != null && (waarde < Invulformulier.GEEN_ANTWOORD || waarde > 5)) {
                fouten.add(new Fout("waarden[" + item + "]",
                        "Vraag %d: kies een antwoord van 1 (altijd) tot en met 5 (nooit), of 'geen antwoord'.".formatted(item)));
            }
        });
        formulier.getVoorbeelden().forEach((item, voorbeeld) -> {
            if (voorbeeld != null && voorbeeld.length() > MAX_VOORBEELD) {
                fouten.add(new Fout("voorbeelden[" + item + "]",
                        "Vraag %d: een voorbeeld heeft hoogstens %d tekens.".formatted(item, MAX_VOORBEELD)));
            }
        });
        if (indienen) {
            if (formulier.getGroep() == null) {
                fouten.add(new Fout("groep", "Geef aan namens welke groep u de vragenlijst invult."));
            }
            for (int item = 1; item <= ITEMS; item++) {
                if (formulier.getWaarden().get(item) == null) {
                    fouten.add(new Fout("waarden[" + item + "]",
                            "Vraag %d is nog niet beantwoord; kies 'geen antwoord' als u hem wilt overslaan.".formatted(item)));
                }
            }
        }
        return fouten;
    }

    /** The answers to store: unanswered items are left out, 'geen antwoord' is stored as a null value. */
    static Map<Integer, Antwoord> antwoorden(Invulformulier formulier) {
        Map<Integer, Antwoord> antwoorden = new TreeMap<>();
        formulier.getWaarden().forEach((item, waarde) -> {
            if (waarde != null) {
                String voorbeeld = formulier.getVoorbeelden().get(item);
                antwoorden.put(item, new Antwoord(waarde == Invulformulier.GEEN_ANTWOORD ? null : waarde,
                        voorbeeld == null || voorbeeld.isBlank() ? null : voorbeeld.strip()));
            }
        });
        return antwoorden;
    }
}

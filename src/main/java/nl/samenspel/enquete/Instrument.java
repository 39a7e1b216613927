package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The questionnaire as data (src/main/resources/enquete/instrument-v1.json): statements per
 * indicator of psychosocial safety plus the werkbeleving questions, all on the scale 1 altijd to
 * 5 nooit. {@code polariteit} says whether altijd is good (POSITIEF) or bad (NEGATIEF).
 */
record Instrument(String id, int versie, String titel, String bron, List<Schaalpunt> schaal, List<Vraag> vragen) {

    static final int SCHAALPUNTEN = 5;

    enum Polariteit { POSITIEF, NEGATIEF }

    /** The five indicators of annex 2, then the werkbeleving questions and a gemeente's own questions. */
    enum Indicator {
        LEIDERSCHAP, INCLUSIE, FEEDBACK, WAARDERING, INFRASTRUCTUUR, WERKBELEVING, EXTRA;

        public boolean isVeiligheid() {
            return ordinal() < WERKBELEVING.ordinal();
        }

        public static List<Indicator> veiligheid() {
            return List.of(LEIDERSCHAP, INCLUSIE, FEEDBACK, WAARDERING, INFRASTRUCTUUR);
        }
    }

    record Schaalpunt(int waarde, String label, String labelEn) {

        public String label(Locale taal) {
            return "en".equals(taal.getLanguage()) ? labelEn : label;
        }
    }

    record Vraag(String code, Indicator indicator, Polariteit polariteit, String tekst, String tekstEn) {

        /** 0 (worst) to 100 (best), whatever the wording: the polarity decides the direction. */
        public int score(int waarde) {
            return polariteit == Polariteit.POSITIEF ? (SCHAALPUNTEN - waarde) * 25 : (waarde - 1) * 25;
        }

        /** Altijd or vaak for a positive question, zelden or nooit for a negative one. */
        public boolean gunstig(int waarde) {
            return polariteit == Polariteit.POSITIEF ? waarde <= 2 : waarde >= 4;
        }

        public String tekst(Locale taal) {
            return "en".equals(taal.getLanguage()) && tekstEn != null ? tekstEn : tekst;
        }
    }

    public List<Vraag> vragenVan(Indicator indicator) {
        return vragen.stream().filter(v -> v.indicator() == indicator).toList();
    }

    public Vraag vraag(String code) {
        return vragen.stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende vraag " + code));
    }

    public List<String> codes() {
        return vragen.stream().map(Vraag::code).toList();
    }

    /** This instrument with a meting's own questions appended (code E1, E2, ... on the same scale). */
    Instrument metExtraVragen(List<Vraag> extra) {
        List<Vraag> alle = new ArrayList<>(vragen);
        alle.addAll(extra);
        return new Instrument(id, versie, titel, bron, schaal, List.copyOf(alle));
    }
}

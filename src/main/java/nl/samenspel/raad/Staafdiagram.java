package nl.samenspel.raad;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG by the template fragment raad/grafiek: bar lengths are
 * computed here so HTML and PDF show the same picture. The data table beside it is the text alternative.
 */
record Staafdiagram(String titel, List<Staaf> staven, int hoogte, boolean sleutels) {

    static final int BREEDTE = 480;
    static final int LABEL = 190;
    static final int STAAF = 22;
    static final int TUSSEN = 8;

    /** Labels are message keys. */
    static Staafdiagram van(String titel, List<String> labels, List<? extends Number> waarden, String eenheid) {
        return maak(titel, labels, waarden, eenheid, true);
    }

    /** Labels are shown as they are (years, party names). */
    static Staafdiagram metTekst(String titel, List<String> labels, List<? extends Number> waarden, String eenheid) {
        return maak(titel, labels, waarden, eenheid, false);
    }

    private static Staafdiagram maak(String titel, List<String> labels, List<? extends Number> waarden, String eenheid, boolean sleutels) {
        double max = waarden.stream().mapToDouble(w -> w == null ? 0 : w.doubleValue()).max().orElse(0);
        double schaal = max <= 0 ? 0 : (BREEDTE - LABEL - 60) / max;
        List<Staaf> staven = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Number waarde = waarden.get(i);
            double w = waarde == null ? 0 : waarde.doubleValue();
            String tekst = waarde == null ? "-" : (waarde instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : waarde.toString()) + eenheid;
            staven.add(new Staaf(labels.get(i), (int) Math.round(w * schaal), i * (STAAF + TUSSEN), tekst));
        }
        return new Staafdiagram(titel, staven, Math.max(STAAF, staven.size() * (STAAF + TUSSEN)), sleutels);
    }

    public int breedte() {
        return BREEDTE;
    }

    public int labelbreedte() {
        return LABEL;
    }

    public int staafhoogte() {
        return STAAF;
    }

    record Staaf(String label, int lengte, int y, String tekst) {
    }
}

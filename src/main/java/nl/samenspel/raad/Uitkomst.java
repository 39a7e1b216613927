package nl.samenspel.raad;

import java.util.Locale;
import java.util.Optional;

/** Outcome of a motie or amendement, grouped as the seed's tables 4 and 5 group them. */
enum Uitkomst {
    AANGENOMEN,
    INGETROKKEN_AANGEHOUDEN,
    VERWORPEN,
    OVERIG;

    /**
     * Reads an outcome as griffies write it: aangenomen (also unaniem / gewijzigd aangenomen),
     * verworpen, ingetrokken, aangehouden, overig. Unknown text is empty, not overig, so a typo
     * is reported instead of counted.
     */
    static Optional<Uitkomst> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String t = tekst.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.endsWith("aangenomen") || t.equals("adopted") || t.equals("passed")) {
            return Optional.of(AANGENOMEN);
        }
        if (t.endsWith("verworpen") || t.equals("rejected")) {
            return Optional.of(VERWORPEN);
        }
        if (t.startsWith("ingetrokken") || t.startsWith("aangehouden") || t.equals("withdrawn")) {
            return Optional.of(INGETROKKEN_AANGEHOUDEN);
        }
        if (t.equals("overig") || t.equals("other") || t.equals("vervallen") || t.equals("niet in stemming")) {
            return Optional.of(OVERIG);
        }
        return Optional.empty();
    }

    public String sleutel() {
        return "raad.uitkomst." + name().toLowerCase(Locale.ROOT);
    }
}

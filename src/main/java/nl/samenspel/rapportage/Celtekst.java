package nl.samenspel.rapportage;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** How a cell reads as text in CSV, made safe for spreadsheets. */
final class Celtekst {

    private Celtekst() {
    }

    static String van(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof TemporalAccessor datum && waarde instanceof java.time.LocalDate) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(datum);
        }
        if (waarde instanceof Double || waarde instanceof Float) {
            return BigDecimal.valueOf(((Number) waarde).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (waarde instanceof Number) {
            return waarde.toString();
        }
        return onschadelijk(waarde.toString());
    }

    /**
     * Free text that starts with = + - @ (or a tab or carriage return) would run as a formula when a
     * spreadsheet opens the CSV (CSV injection); a leading apostrophe keeps it text.
     */
    static String onschadelijk(String tekst) {
        if (!tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0) {
            return "'" + tekst;
        }
        return tekst;
    }
}

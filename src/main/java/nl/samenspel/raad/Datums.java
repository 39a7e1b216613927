package nl.samenspel.raad;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as spreadsheets and APIs write them: 2023-01-31, 31-01-2023, 31/1/2023, or an ISO date-time (the date part counts). */
final class Datums {

    private static final Pattern ISO_TIJD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
    private static final List<DateTimeFormatter> FORMATEN = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private Datums() {
    }

    static Optional<LocalDate> lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.empty();
        }
        String t = tekst.strip();
        LocalDate iso = isoDatum(t);
        if (iso != null) {
            return Optional.of(iso);
        }
        if (ISO_TIJD.matcher(t).matches()) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter formaat : FORMATEN) {
            try {
                return Optional.of(LocalDate.parse(t, formaat));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    /** The common case 2023-01-31 without a formatter (an import reads a million of them); null for anything else. */
    private static LocalDate isoDatum(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int jaar = getal(t, 0, 4);
        int maand = getal(t, 5, 7);
        int dag = getal(t, 8, 10);
        if (jaar < 0 || maand < 1 || maand > 12 || dag < 1 || dag > java.time.YearMonth.of(jaar, maand).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(jaar, maand, dag);
    }

    private static int getal(String t, int van, int tot) {
        int waarde = 0;
        for (int i = van; i < tot; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            waarde = waarde * 10 + (c - '0');
        }
        return waarde;
    }
}

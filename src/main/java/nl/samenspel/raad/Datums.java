package nl.samenspel.raad;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dates as spreadsheets and APIs write them: 2023-01-31, 31-01-2023, 31/1/2023, or an ISO date-time (the date part counts). */
final class Datums {

    private static final Pattern ISO_TIJD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
    private static final List<DateTimeFormatter> FORMATEN = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    private Datums() {
    }

    static Optional<LocalDate> lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.empty();
        }
        String t = tekst.strip();
        if (ISO_TIJD.matcher(t).matches()) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter formaat : FORMATEN) {
            try {
                return Optional.of(LocalDate.parse(t, formaat.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }
}

package nl.samenspel.enquete;

import java.time.LocalDate;
import java.util.Map;

/** A new meting: title, period and per chosen afdeling its headcount. */
record NieuweMeting(String titel, LocalDate startdatum, LocalDate einddatum, Map<Long, Integer> afdelingen) {
}

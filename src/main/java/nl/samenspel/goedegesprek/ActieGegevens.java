package nl.samenspel.goedegesprek;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the facilitator records about a chosen instrument: owner, due date, status, notes. */
record ActieGegevens(
        @Size(max = 200, message = "{actie.eigenaar.te-lang}") String eigenaar,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
        @NotNull(message = "{actie.status.verplicht}") GesprekActie.Status status,
        @Size(max = 4000, message = "{actie.notities.te-lang}") String notities) {

    static ActieGegevens van(GesprekActie actie) {
        return new ActieGegevens(actie.eigenaar(), actie.deadline(), actie.status(), actie.notities());
    }

    GesprekActie toegepastOp(GesprekActie actie) {
        return new GesprekActie(actie.id(), actie.gesprekId(), actie.instrument(), leegIsNull(eigenaar), deadline, status, leegIsNull(notities));
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}

package nl.samenspel.goedegesprek;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the facilitator enters to start a gesprek. */
record NieuwGesprek(
        @NotBlank(message = "{gesprek.titel.verplicht}") @Size(max = 200, message = "{gesprek.titel.te-lang}") String titel,
        @NotNull(message = "{gesprek.datum.verplicht}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
        @NotNull(message = "{gesprek.samenstelling.verplicht}") Samenstelling samenstelling,
        @NotNull(message = "{gesprek.zichtbaarheid.verplicht}") Zichtbaarheid zichtbaarheid) {
}

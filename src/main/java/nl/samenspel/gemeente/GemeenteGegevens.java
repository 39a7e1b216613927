package nl.samenspel.gemeente;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What describes a gemeente. Raadszetels follow the Kieswet (art. H 2: 9 to 45 seats).
 * Messages are message-file keys, so form and API speak the user's language.
 */
public record GemeenteGegevens(
        @NotBlank(message = "{gemeente.naam.verplicht}") @Size(max = 200, message = "{gemeente.naam.te-lang}") String naam,
        @NotBlank(message = "{gemeente.cbs-code.verplicht}") @Pattern(regexp = "GM\\d{4}", message = "{gemeente.cbs-code.formaat}") String cbsCode,
        @NotNull(message = "{gemeente.inwonertal.verplicht}") @Min(value = 1, message = "{gemeente.inwonertal.positief}") Integer inwonertal,
        @NotNull(message = "{gemeente.raadszetels.verplicht}") @Min(value = 9, message = "{gemeente.raadszetels.bereik}")
        @Max(value = 45, message = "{gemeente.raadszetels.bereik}") Integer raadszetels) {

    static GemeenteGegevens van(Gemeente gemeente) {
        return new GemeenteGegevens(gemeente.naam(), gemeente.cbsCode(), gemeente.inwonertal(), gemeente.raadszetels());
    }
}

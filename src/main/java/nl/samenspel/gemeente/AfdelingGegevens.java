package nl.samenspel.gemeente;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An afdeling as a form or API client enters it. */
public record AfdelingGegevens(
        @NotBlank(message = "{afdeling.code.verplicht}")
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}", message = "{afdeling.code.formaat}") String code,
        @NotBlank(message = "{afdeling.naam.verplicht}") @Size(max = 200, message = "{afdeling.naam.te-lang}") String naam) {
}

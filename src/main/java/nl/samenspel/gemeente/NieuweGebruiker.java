package nl.samenspel.gemeente;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** A new account as a beheerder enters it; the password is hashed before it is stored. */
public record NieuweGebruiker(
        @NotBlank(message = "{gebruiker.gebruikersnaam.verplicht}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{gebruiker.gebruikersnaam.formaat}") String gebruikersnaam,
        @NotBlank(message = "{gebruiker.naam.verplicht}") @Size(max = 200, message = "{gebruiker.naam.te-lang}") String naam,
        @Email(message = "{gebruiker.email.formaat}") @Size(max = 254, message = "{gebruiker.email.formaat}") String email,
        @NotBlank(message = "{gebruiker.wachtwoord.verplicht}")
        @Size(min = 12, max = 128, message = "{gebruiker.wachtwoord.lengte}") String wachtwoord,
        Set<Rol> rollen) {

    public NieuweGebruiker {
        rollen = rollen == null || rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
    }

    NieuweGebruiker metRollen(Set<Rol> andereRollen) {
        return new NieuweGebruiker(gebruikersnaam, naam, email, wachtwoord, andereRollen);
    }
}

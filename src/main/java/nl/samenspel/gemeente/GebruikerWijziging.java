package nl.samenspel.gemeente;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What a beheerder may change about an existing account. */
record GebruikerWijziging(
        @NotBlank(message = "{gebruiker.naam.verplicht}") @Size(max = 200, message = "{gebruiker.naam.te-lang}") String naam,
        @Email(message = "{gebruiker.email.formaat}") @Size(max = 254, message = "{gebruiker.email.formaat}") String email,
        Set<Rol> rollen,
        boolean actief) {

    GebruikerWijziging {
        rollen = rollen == null || rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
    }

    static GebruikerWijziging van(Gebruiker gebruiker) {
        return new GebruikerWijziging(gebruiker.naam(), gebruiker.email(), gebruiker.rolset(), gebruiker.actief());
    }
}

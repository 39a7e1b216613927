package nl.samenspel.raad;

import java.util.EnumSet;
import java.util.Set;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.springframework.security.access.AccessDeniedException;

/** Who may see the council facts (the roles of the start tile) and who keeps the registry (beheerder, griffier). */
final class RaadToegang {

    static final Set<Rol> LEZERS = EnumSet.of(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER, Rol.GEMEENTESECRETARIS, Rol.RAADSLID,
            Rol.WETHOUDER, Rol.BEGELEIDINGSCOMMISSIE);
    static final Set<Rol> BEHEERDERS = EnumSet.of(Rol.BEHEERDER, Rol.GRIFFIER);

    private RaadToegang() {
    }

    static void vereisLezer(Sessiegebruiker gebruiker) {
        if (gebruiker.gemeenteId() == null || gebruiker.rollen().stream().noneMatch(LEZERS::contains)) {
            throw new AccessDeniedException("Raadsdynamiek is voor raad, college, driehoek, beheerder en begeleidingscommissie.");
        }
    }

    static void vereisBeheerder(Sessiegebruiker gebruiker) {
        if (!magBeheren(gebruiker)) {
            throw new AccessDeniedException("Alleen de beheerder en de griffier houden het raadsregister bij.");
        }
    }

    static boolean magBeheren(Sessiegebruiker gebruiker) {
        return gebruiker.gemeenteId() != null && gebruiker.rollen().stream().anyMatch(BEHEERDERS::contains);
    }
}

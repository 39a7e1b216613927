package nl.samenspel.web;

import java.util.EnumSet;
import java.util.Set;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;

/**
 * The parts of Samenspel as tiles on the start page, with the roles that see each. A part that
 * is not yet built shows as 'in ontwikkeling' so every gemeente sees what is coming.
 */
enum Onderdeel {
    GOEDE_GESPREK("/gesprekken", true, EnumSet.of(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER,
            Rol.GEMEENTESECRETARIS, Rol.RAADSLID, Rol.WETHOUDER)),
    ENQUETE("/enquete", true, EnumSet.of(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER, Rol.GEMEENTESECRETARIS,
            Rol.MEDEWERKER, Rol.BEGELEIDINGSCOMMISSIE)),
    RAADSDYNAMIEK("/raad", true, EnumSet.of(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER, Rol.GEMEENTESECRETARIS,
            Rol.RAADSLID, Rol.WETHOUDER, Rol.BEGELEIDINGSCOMMISSIE)),
    BUFFERS("/buffers", false, EnumSet.of(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER, Rol.GEMEENTESECRETARIS,
            Rol.INTEGRITEITSFUNCTIONARIS, Rol.BEGELEIDINGSCOMMISSIE)),
    MELDPUNT("/meldpunt", false, EnumSet.allOf(Rol.class)),
    VERBETERPLAN("/verbeterplan", false, EnumSet.of(Rol.BEHEERDER, Rol.BURGEMEESTER, Rol.GRIFFIER,
            Rol.GEMEENTESECRETARIS, Rol.WETHOUDER, Rol.INTEGRITEITSFUNCTIONARIS, Rol.BEGELEIDINGSCOMMISSIE)),
    BEHEER_GEMEENTE("/beheer/gemeente", true, EnumSet.of(Rol.BEHEERDER)),
    BEHEER_AFDELINGEN("/beheer/afdelingen", true, EnumSet.of(Rol.BEHEERDER)),
    BEHEER_GEBRUIKERS("/beheer/gebruikers", true, EnumSet.of(Rol.BEHEERDER)),
    PLATFORM_GEMEENTEN("/platform/gemeenten", true, EnumSet.noneOf(Rol.class));

    private final String pad;
    private final boolean beschikbaar;
    private final Set<Rol> rollen;

    Onderdeel(String pad, boolean beschikbaar, Set<Rol> rollen) {
        this.pad = pad;
        this.beschikbaar = beschikbaar;
        this.rollen = rollen;
    }

    public String pad() {
        return pad;
    }

    public boolean beschikbaar() {
        return beschikbaar;
    }

    /** Message-key stem, e.g. onderdeel.goede-gesprek (.titel, .uitleg). */
    public String sleutel() {
        return "onderdeel." + name().toLowerCase().replace('_', '-');
    }

    boolean zichtbaarVoor(Sessiegebruiker gebruiker) {
        if (this == PLATFORM_GEMEENTEN) {
            return gebruiker.platformbeheerder();
        }
        return gebruiker.rollen().stream().anyMatch(rollen::contains);
    }
}
